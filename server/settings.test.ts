// @vitest-environment node
// The server's settings from the environment: a bad one is refused with its name and what it takes.
import { describe, expect, it } from 'vitest';
import { wholeNumberSetting } from './settings';

describe('wholeNumberSetting', () => {
  const port = (value: string | undefined) => wholeNumberSetting({ PORT: value }, 'PORT', { min: 0, max: 65_535 });

  it('takes a whole number within the range, and nothing when unset or empty', () => {
    expect(port('8787')).toEqual({ value: 8787 });
    expect(port(' 0 ')).toEqual({ value: 0 });
    expect(port(undefined)).toEqual({});
    expect(port('')).toEqual({});
  });

  it('refuses anything else, naming the setting and the range', () => {
    for (const value of ['abc', '80.5', '-1', '65536', '1e3']) expect(port(value)).toEqual({ problem: `PORT must be a whole number from 0 to 65535, got "${value}".` });
    expect(wholeNumberSetting({ MAX_UPLOAD_BYTES: '0' }, 'MAX_UPLOAD_BYTES', { min: 1 })).toEqual({ problem: 'MAX_UPLOAD_BYTES must be a whole number of at least 1, got "0".' });
  });
});
