import { describe, expect, it } from 'vitest';
import { createNumberFormat, type NumberFormatOptions } from './number-format';

/** A seeded generator (mulberry32): the same values on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edges of rounding and scale, then values as the data has them (two decimals) and any double. */
function values(): number[] {
  const next = random(7);
  const edges = [0, -0, 0.5, 1.005, 2.5, -2.5, 0.045, 0.0449, 9.95, 9.96, 99.5, 999.5, 999.95, 9999.5, 99999.5, 999999.5, 999950, 1e6, 1e9 - 1, 1e12, 1e15, 0.000123456, 123456789.987];
  const out = [...edges, ...edges.map((value) => -value)];
  for (let i = 0; i < 1500; i++) {
    const magnitude = 10 ** Math.floor(next() * 20 - 6);
    const value = next() * magnitude * (next() < 0.2 ? -1 : 1);
    out.push(value, Math.round(value * 100) / 100, Math.round(value));
  }
  return out;
}

const OPTIONS: NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 3 },
  { maximumFractionDigits: 4 },
  { maximumSignificantDigits: 1 },
  { maximumSignificantDigits: 4 },
  { maximumSignificantDigits: 7 },
  { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  { maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  { style: 'percent' },
  { style: 'percent', maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  { style: 'percent', maximumFractionDigits: 2, signDisplay: 'auto' },
  { notation: 'compact' },
  { notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'compact', maximumSignificantDigits: 4 },
];

describe('createNumberFormat writes what Intl.NumberFormat writes', () => {
  const sample = values();
  for (const locale of ['en', 'fr', 'zh']) {
    for (const options of OPTIONS) {
      it(`${locale} ${JSON.stringify(options)}`, () => {
        const ours = createNumberFormat(locale, options);
        const intl = new Intl.NumberFormat(locale, options);
        const differing = sample.filter((value) => ours.format(value) !== intl.format(value)).map((value) => `${value}: ${ours.format(value)} / ${intl.format(value)}`);
        expect(differing.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('leaves NaN, infinities and other languages to Intl', () => {
    expect(createNumberFormat('en', {}).format(Number.NaN)).toBe('NaN');
    expect(createNumberFormat('fr', { maximumFractionDigits: 0 }).format(-Infinity)).toBe(new Intl.NumberFormat('fr').format(-Infinity));
    expect(createNumberFormat('de', { maximumFractionDigits: 1 })).toBeInstanceOf(Intl.NumberFormat);
    expect(createNumberFormat('en-GB', { notation: 'compact' }).format(999.5)).toBe(new Intl.NumberFormat('en-GB', { notation: 'compact' }).format(999.5));
    expect(createNumberFormat('zh', { notation: 'compact' })).toBeInstanceOf(Intl.NumberFormat);
  });

  it('writes French as a French reader expects', () => {
    expect(createNumberFormat('fr', { maximumFractionDigits: 1 }).format(-1234.25)).toBe('-1\u202f234,3');
    expect(createNumberFormat('fr', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(0.057)).toBe('+5,7\u00a0%');
    expect(createNumberFormat('fr', { notation: 'compact' }).format(1.5e9)).toBe('1,5\u00a0Md');
  });
});
