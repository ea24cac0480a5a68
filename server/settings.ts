// The server's numeric settings, read from the environment before anything starts: a typo stops
// the start with the setting's name and what it takes, not a stack trace from deep inside Node.

/** A whole number within a range; `value` is undefined when the variable is unset or empty. */
export function wholeNumberSetting(env: Record<string, string | undefined>, name: string, range: { min: number; max?: number }): { value?: number } | { problem: string } {
  const raw = env[name]?.trim();
  if (!raw) return {};
  const value = Number(raw);
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (/^\d+$/.test(raw) && value >= range.min && value <= max) return { value };
  const within = range.max === undefined ? `of at least ${range.min}` : `from ${range.min} to ${range.max}`;
  return { problem: `${name} must be a whole number ${within}, got "${raw.slice(0, 40)}".` };
}
