// Property-based tests: whatever arrives in a query string (random text, hostile values,
// repeated keys, bad percent-encoding, huge numbers), parsing lands on a valid state, reports
// what it ignored, and a serialised state reads back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_ID_PATTERN, ENTITY_ID_PATTERN } from '../api/contract';
import { CHART_TYPES, VALUE_MODES, type Filters } from './filters-schema';
import { parseFilters, serializeFilters } from './filters-url';

function expectValid(filters: Filters) {
  // The data's years are checked once known (filterActions.yearBoundsKnown); here, the format.
  expect(String(filters.from)).toMatch(/^\d{4}$/);
  if (filters.to !== null) {
    expect(String(filters.to)).toMatch(/^\d{4}$/);
    expect(filters.from).toBeLessThanOrEqual(filters.to);
  }
  expect(VALUE_MODES).toContain(filters.mode);
  for (const id of filters.domains ?? []) expect(id).toMatch(DOMAIN_ID_PATTERN);
  expect(new Set(filters.domains).size).toBe(filters.domains?.length ?? 0);
  expect(Object.getPrototypeOf(filters.panels)).toBe(Object.prototype);
  for (const [domain, panel] of Object.entries(filters.panels)) {
    expect(domain).toMatch(DOMAIN_ID_PATTERN);
    expect(CHART_TYPES).toContain(panel.chart);
    expect(['chart', 'table']).toContain(panel.view);
    for (const id of panel.indicators) expect(id).toMatch(/^[a-z0-9_]{1,64}$/);
    if (panel.company !== null) expect(panel.company).not.toMatch(/[<>"'`]/);
    for (const id of panel.regions) expect(id).toMatch(ENTITY_ID_PATTERN);
    expect(new Set(panel.regions).size).toBe(panel.regions.length);
  }
}

const KEYS = ['from', 'to', 'mode', 'domains', 'milestones', 'lang', 'nev.ind', 'macro.chart', 'electronics.view', 'materials.company', 'macro.regions', 'nev.regions', 'water.chart', 'constructor.view', 'nev.x', 'zzz', '__proto__', '__proto__.chart', 'constructor'];
const hostileValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.constantFrom('<script>alert(1)</script>', '%E0%A4%A', '%', '2024', '2019', 'index', 'yoy', 'share', 'bar', 'china', 'chongqing,china', 'china,china', 'china,,x', 'hong-kong.sar', 'table', 'line', 'macro,nev', 'water,macro,water', 'constructor', 'none', 'on', 'off', 'x'.repeat(5000), 'javascript:alert(1)', '"><img src=x onerror=alert(1)>'),
);
// Some values go in raw, unencoded, as a hand-edited or truncated link would have them.
const query = fc.array(fc.tuple(fc.constantFrom(...KEYS), hostileValue, fc.boolean()), { maxLength: 12 }).map((pairs) =>
  pairs.map(([key, value, isRaw]) => `${encodeURIComponent(key)}=${isRaw ? value : encodeURIComponent(value)}`).join('&'),
);

describe('parseFilters, properties', () => {
  it('lands on a valid state for any random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { filters, rejected } = parseFilters(text);
        expectValid(filters);
        expect(Array.isArray(rejected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('lands on a valid state for hostile values of known and unknown keys, and reports each one it ignored', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { filters, rejected } = parseFilters(search);
        expectValid(filters);
        const params = new URLSearchParams(search);
        for (const key of new Set(params.keys())) {
          if (!['from', 'to', 'mode', 'domains', 'milestones', 'lang', 'nev.ind', 'macro.chart', 'electronics.view', 'materials.company', 'macro.regions', 'nev.regions', 'water.chart', 'constructor.view'].includes(key)) {
            expect(rejected.some((r) => r.reason === 'unknown_param')).toBe(true);
          }
        }
        for (const r of rejected) expect(r.value.length).toBeLessThanOrEqual(41);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { filters } = parseFilters(search);
        const again = parseFilters(serializeFilters(filters));
        expect(again.filters).toEqual(filters);
        expect(again.rejected).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
