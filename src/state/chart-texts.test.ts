// A chart's own title, subtitle and note travel in the link, per chart, and come back as they
// were; a bad one is reported like any other bad parameter and leaves the rest of the link alone.
import { describe, expect, it } from 'vitest';
import { CHART_TEXT_MAX, defaultFilters } from './filters-schema';
import { parseFilters, serializeFilters } from './filters-url';
import { filterActions, selectFilters, useFilterStore } from './filters';

describe('chart texts in the link', () => {
  it('round-trip, charts whose id names a region with dots included', () => {
    const filters = defaultFilters();
    filters.charts = {
      'nev-nev_production': { title: 'Chongqing builds 1.3 million NEVs', note: 'Chart: Jane Doe, The Daily Post' },
      'macro-gdp@hong-kong.sar': { subtitle: 'Hong Kong SAR · 2020–2025 · 100 million yuan' },
    };
    const query = serializeFilters(filters);
    expect(query).toContain('nev-nev_production.title=Chongqing+builds+1.3+million+NEVs');
    const parsed = parseFilters(`?${query}`);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.filters).toEqual(filters);
  });

  it('report a text too long, empty or with control characters, and keep the other params', () => {
    const long = 'x'.repeat(CHART_TEXT_MAX.title + 1);
    const { filters, rejected } = parseFilters(`?from=2021&nev-nev_production.title=${long}&macro-gdp.note=%20&macro-gdp.subtitle=a%0Ab&nev-nev_production.note=ok`);
    expect(filters.from).toBe(2021);
    expect(filters.charts).toEqual({ 'nev-nev_production': { note: 'ok' } });
    expect(rejected.map((r) => [r.param, r.reason])).toEqual([
      ['nev-nev_production.title', 'invalid_value'],
      ['macro-gdp.note', 'invalid_value'],
      ['macro-gdp.subtitle', 'invalid_value'],
    ]);
  });

  it('report an unknown text key, or a chart id that is not one, as unknown', () => {
    const { filters, rejected } = parseFilters('?macro-gdp.colour=red&__proto__.title=x&nev.title=x');
    expect(filters.charts).toEqual({});
    expect(rejected.map((r) => r.reason)).toEqual(['unknown_param', 'unknown_param', 'unknown_param']);
  });

  it('are written by the store: an edit adds them, Reset removes them', () => {
    filterActions.filtersReset();
    filterActions.chartTextsChanged('nev-nev_production', { title: '  My title ', subtitle: '' });
    expect(serializeFilters(selectFilters(useFilterStore.getState()))).toBe('nev-nev_production.title=My+title');
    filterActions.chartTextsChanged('nev-nev_production', null);
    expect(serializeFilters(selectFilters(useFilterStore.getState()))).toBe('');
  });
});
