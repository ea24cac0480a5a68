// The build-time environment, checked: a bad base URL stops the app with a message naming the
// variable, not with a fetch error deep inside a panel. By hand: one variable does not warrant zod.

export interface AppEnv {
  /** Origin of a real API server; undefined means the bundled data is answered in the page. */
  apiBaseUrl: string | undefined;
}

/** An absolute http(s) URL, or undefined when unset or empty. */
function readBaseUrl(value: unknown): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return null;
  try {
    if (!['http:', 'https:'].includes(new URL(value).protocol)) return null;
  } catch {
    return null; // not a URL (URL.canParse would say so, but older Safari lacks it)
  }
  return value.replace(/\/+$/, '');
}

export function parseEnv(raw: Record<string, unknown>): AppEnv {
  const apiBaseUrl = readBaseUrl(raw.VITE_API_BASE_URL);
  if (apiBaseUrl === null) throw new Error('Invalid environment configuration: VITE_API_BASE_URL');
  return { apiBaseUrl };
}

/** The build's environment, checked: throws when it is wrong (main.tsx stops with the message). */
export const readEnv = (): AppEnv => parseEnv(import.meta.env);
