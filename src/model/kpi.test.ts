import { describe, expect, it } from 'vitest';
import { cagr, computeKpi } from './kpi';
import type { ViewPoint } from './view-point';

const vp = (year: number, value: number | null, extra: Partial<ViewPoint> = {}): ViewPoint => ({
  period: String(year),
  year,
  value,
  status: 'reported',
  sourceIds: ['S1'],
  ...extra,
});

describe('cagr', () => {
  it.each([
    [4.3, 95.32, 4, 117.0],
    [6991, 8912, 4, 6.26],
    [100, 100, 3, 0],
  ])('from %d to %d over %d years is %d%%', (first, last, years, expected) => {
    expect(cagr(first, last, years)).toBeCloseTo(expected, 1);
  });

  it('is undefined for zero years or non-positive values', () => {
    expect(cagr(1, 2, 0)).toBeNull();
    expect(cagr(0, 2, 3)).toBeNull();
    expect(cagr(-1, 2, 3)).toBeNull();
  });
});

describe('computeKpi', () => {
  it('takes the latest and first figures in range, skipping gaps', () => {
    const kpi = computeKpi([vp(2020, 4.3), vp(2021, null), vp(2024, 95.32), vp(2025, null)], false);
    expect(kpi.latest?.year).toBe(2024);
    expect(kpi.first?.year).toBe(2020);
    expect(kpi.change).toBeCloseTo(91.02);
    expect(kpi.changePercent).toBeCloseTo(2116.7, 0);
    expect(kpi.cagr).toBeCloseTo(117.0, 0);
  });

  it('carries a lower bound into the change', () => {
    const kpi = computeKpi([vp(2021, 86879), vp(2024, 100000, { qualifier: 'more_than' })], false);
    expect(kpi.changeQualifier).toBe('more_than');
    expect(kpi.changePercent).toBeCloseTo(15.1, 1);
  });

  it('has no change with a single figure', () => {
    const kpi = computeKpi([vp(2024, 5)], false);
    expect(kpi.latest?.value).toBe(5);
    expect(kpi.change).toBeNull();
    expect(kpi.cagr).toBeNull();
  });

  it('reports a growth rate’s change in points, without percent or CAGR', () => {
    const kpi = computeKpi([vp(2020, 3.9), vp(2024, 5.7)], true);
    expect(kpi.change).toBeCloseTo(1.8);
    expect(kpi.changePercent).toBeNull();
    expect(kpi.cagr).toBeNull();
  });

  it('is empty when the range holds no figure', () => {
    expect(computeKpi([vp(2020, null)], false).latest).toBeNull();
  });
});

describe('computeKpi across a break in the definition', () => {
  // NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
  const nev = [vp(2020, 4.3), vp(2021, null), vp(2022, 36.5, { isSeriesBreak: true }), vp(2023, 50), vp(2024, 95.32), vp(2025, 129.6)];

  it('compares the latest figure only with those since the last break, and names the break', () => {
    const kpi = computeKpi(nev, false);
    expect(kpi.first?.period).toBe('2022');
    expect(kpi.breakPeriod).toBe('2022');
    expect(kpi.changePercent).toBeCloseTo((129.6 / 36.5 - 1) * 100);
    expect(kpi.cagr).toBeCloseTo(((129.6 / 36.5) ** (1 / 3) - 1) * 100);
    // From the break on, nothing is left out and nothing needs saying.
    expect(computeKpi(nev.slice(2), false)).toMatchObject({ first: { period: '2022' }, breakPeriod: undefined });
  });

  it('compares nothing when the latest figure is the first on its definition', () => {
    const kpi = computeKpi(nev.slice(0, 3), false);
    expect(kpi.latest?.period).toBe('2022');
    expect(kpi.first?.period).toBe('2022');
    expect(kpi).toMatchObject({ change: null, changePercent: null, cagr: null, breakPeriod: '2022' });
  });

  it('starts after the later of two breaks (population-like: a census, then a census-based series)', () => {
    const population = [vp(2020, 3205.42, { isSeriesBreak: true }), vp(2021, 3212.43, { isSeriesBreak: true }), vp(2022, 3213.34), vp(2023, 3191.43)];
    const kpi = computeKpi(population, false);
    expect(kpi.first?.period).toBe('2021');
    expect(kpi.breakPeriod).toBe('2021');
    expect(kpi.change).toBeCloseTo(3191.43 - 3212.43);
  });

  it('counts a break that falls on a year with no figure', () => {
    const kpi = computeKpi([vp(2020, 10), vp(2021, null, { isSeriesBreak: true }), vp(2022, 12), vp(2023, 15)], false);
    expect(kpi.first?.period).toBe('2022');
    expect(kpi.breakPeriod).toBe('2021');
  });

  it('keeps a growth rate’s change in points within one definition', () => {
    const kpi = computeKpi([vp(2020, 3.9), vp(2022, 5, { isSeriesBreak: true }), vp(2024, 5.7)], true);
    expect(kpi.change).toBeCloseTo(0.7);
    expect(kpi.breakPeriod).toBe('2022');
  });
});
