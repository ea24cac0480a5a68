// Read the build-time environment once, and check it: a bad base URL stops the app with a
// message naming the variable, not with a fetch error deep inside a panel.
import { z } from 'zod/mini';

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.pipe(
    z.optional(z.union([z.literal(''), z.url()])),
    z.transform((value) => (value ? value.replace(/\/+$/, '') : undefined)),
  ),
});

export interface AppEnv {
  /** Origin of a real API server; undefined means the embedded mock API (MSW) serves the data. */
  apiBaseUrl: string | undefined;
}

export function parseEnv(raw: Record<string, unknown>): AppEnv {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    const keys = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid environment configuration: ${keys}`);
  }
  return { apiBaseUrl: result.data.VITE_API_BASE_URL };
}

export const env: AppEnv = parseEnv(import.meta.env);
