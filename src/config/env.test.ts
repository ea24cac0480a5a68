import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('uses the embedded mock API when no base URL is set', () => {
    expect(parseEnv({}).apiBaseUrl).toBeUndefined();
    expect(parseEnv({ VITE_API_BASE_URL: '' }).apiBaseUrl).toBeUndefined();
  });

  it('takes a base URL without its trailing slash', () => {
    expect(parseEnv({ VITE_API_BASE_URL: 'http://127.0.0.1:8787/' }).apiBaseUrl).toBe('http://127.0.0.1:8787');
  });

  it('stops with the name of a bad variable', () => {
    expect(() => parseEnv({ VITE_API_BASE_URL: 'not a url' })).toThrow(/VITE_API_BASE_URL/);
    expect(() => parseEnv({ VITE_API_BASE_URL: 'ftp://127.0.0.1/' })).toThrow(/VITE_API_BASE_URL/);
    expect(() => parseEnv({ VITE_API_BASE_URL: 42 })).toThrow(/VITE_API_BASE_URL/);
  });
});
