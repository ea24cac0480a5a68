import { describe, expect, it } from 'vitest';
import { embedPageFor, NON_FILTER_PARAMS } from './url';
import { parseFilters } from './filters-url';

describe('the embed parameter', () => {
  it('sends a dashboard link asking for one chart to the embed’s own page, with the whole query', () => {
    expect(embedPageFor({ href: 'https://dash.example/cq/?embed=macro-gdp&lang=fr', search: '?embed=macro-gdp&lang=fr' })).toBe(
      'https://dash.example/cq/embed.html?embed=macro-gdp&lang=fr',
    );
    expect(embedPageFor({ href: 'https://dash.example/?lang=fr', search: '?lang=fr' })).toBeNull();
  });

  it('is no filter, and no unknown parameter either', () => {
    expect(NON_FILTER_PARAMS).toContain('embed');
    expect(parseFilters('?embed=macro-gdp').rejected).toEqual([]);
  });
});
