// @vitest-environment node
// The read API's validators: one tag per dataset version and request, compared as RFC 9110 asks.
import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag } from './http-cache';

const query = (text: string) => new URLSearchParams(text);

describe('etagOf', () => {
  it('is the same for the same request however its parameters are ordered, and names the dataset', () => {
    const tag = etagOf('a'.repeat(64), '/api/v1/series', query('indicators=gdp&from=2021'), 'cq');
    expect(etagOf('a'.repeat(64), '/api/v1/series', query('from=2021&indicators=gdp&dataset=cq'), 'cq')).toBe(tag);
    expect(etagOf('a'.repeat(64), '/api/v1/series', query('indicators=gdp&from=2021'), 'other')).not.toBe(tag);
  });

  it('changes with the dataset version, the path and any parameter', () => {
    const tag = etagOf('a'.repeat(64), '/api/v1/series', query('indicators=gdp'), 'cq');
    expect(etagOf('b'.repeat(64), '/api/v1/series', query('indicators=gdp'), 'cq')).not.toBe(tag);
    expect(etagOf('a'.repeat(64), '/api/v1/facts', query('indicators=gdp'), 'cq')).not.toBe(tag);
    expect(etagOf('a'.repeat(64), '/api/v1/series', query('indicators=gdp&lang=fr'), 'cq')).not.toBe(tag);
  });
});

describe('matchesEtag', () => {
  const tag = 'W/"abc"';
  it.each([
    ['W/"abc"', true],
    ['"abc"', true], // weak comparison: a cache may have stripped W/
    ['"x", W/"abc"', true],
    ['*', true],
    ['"abd"', false],
    ['', false],
  ])('If-None-Match %j matches: %s', (header, matches) => {
    expect(matchesEtag(header, tag)).toBe(matches);
  });
});
