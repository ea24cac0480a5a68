// The official profile's errors (Ajv's, from either compilation of it) as problems.
import type { Problem } from './problems';
import type { ProfileCheck } from './read-package';

export interface ProfileError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

export type ProfileValidate = ((descriptor: unknown) => boolean) & { errors?: ProfileError[] | null };

/** A ProfileCheck from a compiled profile: each error says where in the descriptor and what it expected. */
export function profileCheck(validate: ProfileValidate, file = 'datapackage.json'): ProfileCheck {
  return (descriptor) => {
    if (validate(descriptor)) return [];
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const where = error.instancePath === '' ? '(the descriptor)' : error.instancePath.slice(1).replaceAll('/', '.');
      const extra = error.params && 'allowedValues' in error.params ? ` (${String(error.params.allowedValues)})` : error.params && 'additionalProperty' in error.params ? ` ("${String(error.params.additionalProperty)}")` : '';
      const message = `the Data Package v2 profile expects it to ${(error.message ?? 'be valid').replace(/^must /, '')}${extra}`;
      const key = `${where}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ file, column: where, message });
    }
    return problems;
  };
}
