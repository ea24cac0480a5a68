import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts-lite';

describe('tldts-lite', () => {
  it('answers with the last two labels of a host name', () => {
    expect(getDomain('www.example.com')).toBe('example.com');
    expect(getDomain('Example.COM.')).toBe('example.com');
    expect(getDomain('localhost')).toBe('localhost');
  });

  it('keeps an IP address whole and has nothing for an empty host', () => {
    expect(getDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(getDomain('::1')).toBe('::1');
    expect(getDomain('')).toBeNull();
  });
});
