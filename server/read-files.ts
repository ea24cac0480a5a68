// Files given as bytes (an upload, a folder read from disk) read as a data package, through the
// same checks as a file opened in the page, with the official profile compiled here by Ajv.
import { compileProfile } from '../scripts/profile-validator.mjs';
import { openFiles, type OpenedFile } from '../src/data-package/open-files';
import { profileCheck } from '../src/data-package/profile-problems';
import { readPackage, type ReadResult } from '../src/data-package/read-package';

let compiled: ReturnType<typeof compileProfile> | undefined;

export function readPackageFiles(files: readonly OpenedFile[]): ReadResult {
  const opened = openFiles(files);
  if ('problems' in opened) return { ok: false, problems: opened.problems, count: opened.problems.length };
  compiled ??= compileProfile();
  return readPackage(opened.input, { checkProfile: profileCheck(compiled, opened.input.descriptorFile) });
}
