import { describe, expect, it } from 'vitest';
import type { Point, Series } from '../api/contract';
import { applyValueMode, yearOnYear } from './value-modes';
import { toViewPoint } from './view-point';

const point = (period: number, value: number | null, extra: Partial<Point> = {}): Point => ({
  period: String(period),
  value,
  status: 'reported',
  sourceId: 'S1',
  ...extra,
});
const series = (points: Point[], unit: Series['unit'] = 'vehicles_10k'): Series => ({ indicatorId: 'nev', unit, points });

describe('absolute mode', () => {
  it('keeps published values in the year range, unchanged', () => {
    const view = applyValueMode(series([point(2019, 1), point(2020, 4.3), point(2024, 95.32)]), 'absolute', 2020, 2025);
    expect(view.points.map((p) => [p.year, p.value])).toEqual([
      [2020, 4.3],
      [2024, 95.32],
    ]);
    expect(view.unit).toBe('vehicles_10k');
    expect(view.points[0]?.status).toBe('reported');
  });
});

describe('year-on-year mode', () => {
  it.each([
    { name: 'plain growth', prev: point(2023, 50), cur: point(2024, 95.32), value: 90.64, qualifier: undefined },
    { name: 'current is a lower bound', prev: point(2023, 50), cur: point(2024, 100, { qualifier: 'more_than' }), value: 100, qualifier: 'more_than' },
    { name: 'previous is a lower bound', prev: point(2023, 50, { qualifier: 'more_than' }), cur: point(2024, 100), value: 100, qualifier: 'less_than' },
    { name: 'approximate input', prev: point(2023, 50, { qualifier: 'rounded' }), cur: point(2024, 60), value: 20, qualifier: 'about' },
  ])('computes $name', ({ prev, cur, value, qualifier }) => {
    const [, result] = yearOnYear([toViewPoint(prev), toViewPoint(cur)]);
    expect(result?.value).toBeCloseTo(value, 2);
    expect(result?.qualifier).toBe(qualifier);
    expect(result?.status).toBe('computed');
    expect(result?.inputs).toHaveLength(2);
  });

  it('leaves a gap when the previous year is missing, and says why', () => {
    const [first, second] = yearOnYear([toViewPoint(point(2020, 4.3)), toViewPoint(point(2022, 36.5))]);
    expect(first).toMatchObject({ value: null, gapReason: 'no_previous_year' });
    expect(second).toMatchObject({ value: null, gapReason: 'no_previous_year' });
  });

  it('does not compare two bounds or a part of a year with a whole year', () => {
    const bounds = yearOnYear([toViewPoint(point(2023, 50, { qualifier: 'more_than' })), toViewPoint(point(2024, 100, { qualifier: 'more_than' }))]);
    expect(bounds[1]).toMatchObject({ value: null, gapReason: 'not_comparable' });
    const partial = yearOnYear([toViewPoint(point(2023, 50)), toViewPoint(point(2024, 40, { qualifier: 'jan_sep' }))]);
    expect(partial[1]).toMatchObject({ value: null, gapReason: 'not_comparable' });
  });

  it('uses the year before the range for the range’s first year', () => {
    const view = applyValueMode(series([point(2019, 10), point(2020, 12)]), 'yoy', 2020, 2020);
    expect(view.points).toHaveLength(1);
    expect(view.points[0]?.value).toBeCloseTo(20);
    expect(view.unit).toBe('yoy_percent');
  });

  it('keeps a null (known gap) as a gap', () => {
    const view = applyValueMode(series([point(2020, 10), point(2021, null), point(2022, 12)]), 'yoy', 2020, 2022);
    expect(view.points.map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe('index mode', () => {
  it('sets the range’s first year to 100', () => {
    const view = applyValueMode(series([point(2019, 5), point(2020, 4.3), point(2024, 95.32)]), 'index', 2020, 2025);
    expect(view.basePeriod).toBe('2020');
    expect(view.points.map((p) => Math.round((p.value ?? 0) * 10) / 10)).toEqual([100, 2216.7]);
  });

  it('uses the first year with a figure when the first year is missing', () => {
    const view = applyValueMode(series([point(2021, null), point(2022, 36.5), point(2023, 73)]), 'index', 2021, 2023);
    expect(view.basePeriod).toBe('2022');
    expect(view.points.map((p) => p.value)).toEqual([null, 100, 200]);
  });
});

describe('growth-rate series', () => {
  it('are shown as published in every mode and say the mode did not apply', () => {
    const rates = series([point(2023, 6.1), point(2024, 5.7)], 'percent');
    for (const mode of ['yoy', 'index'] as const) {
      const view = applyValueMode(rates, mode, 2020, 2025);
      expect(view.isModeApplied).toBe(false);
      expect(view.unit).toBe('percent');
      expect(view.points.map((p) => p.value)).toEqual([6.1, 5.7]);
    }
  });
});

describe('index base', () => {
  it('never anchors on a bound: the first exact figure is the base, and is 100', () => {
    const view = applyValueMode(series([point(2024, 100000, { qualifier: 'more_than' }), point(2025, 110000)], 'yuan'), 'index', 2024, 2025);
    expect(view.basePeriod).toBe('2025');
    expect(view.points.find((p) => p.year === 2025)?.value).toBe(100);
  });

  it('accepts a rounded base: it is 100, and what is indexed to it reads "about"', () => {
    const view = applyValueMode(series([point(2023, 50, { qualifier: 'rounded' }), point(2024, 95.32)]), 'index', 2023, 2024);
    expect(view.basePeriod).toBe('2023');
    expect(view.points[0]).toMatchObject({ value: 100, qualifier: undefined });
    expect(view.points[1]).toMatchObject({ qualifier: 'about' });
    expect(view.points[1]?.value).toBeCloseTo(190.64);
  });

  it('leaves no growth across a series break', () => {
    const view = applyValueMode(series([point(2019, 3124.32), point(2020, 3205.42, { breakBefore: true })], 'persons_10k'), 'yoy', 2020, 2020);
    expect(view.points[0]).toMatchObject({ value: null, gapReason: 'series_break' });
  });
});

describe('breaks in the definition', () => {
  // NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
  const nev = series([point(2020, 4.3), point(2022, 36.5, { breakBefore: true }), point(2023, 50), point(2024, 95.32), point(2025, 129.6)]);
  // Population-like: year-end estimates, a census count, then a census-based series.
  const population = series(
    [point(2019, 3124.32), point(2020, 3205.42, { breakBefore: true }), point(2021, 3212.43, { breakBefore: true }), point(2022, 3213.34), point(2023, 3191.43)],
    'persons_10k',
  );

  it('indexes to a base after the last break, and leaves the years before it as labelled gaps', () => {
    const view = applyValueMode(nev, 'index', 2020, 2025);
    expect(view.basePeriod).toBe('2022');
    expect(view.points[0]).toMatchObject({ period: '2020', value: null, status: 'computed', gapReason: 'across_break' });
    expect(view.points[1]?.value).toBe(100);
    expect(view.points[4]?.value).toBeCloseTo((129.6 / 36.5) * 100);
    expect(view.breakPeriods).toEqual(['2022']);
  });

  it('never carries a base over two breaks', () => {
    const view = applyValueMode(population, 'index', 2019, 2023);
    expect(view.basePeriod).toBe('2021');
    expect(view.points.slice(0, 2).map((p) => p.gapReason)).toEqual(['across_break', 'across_break']);
    expect(view.points[4]?.value).toBeCloseTo((3191.43 / 3212.43) * 100);
    expect(view.breakPeriods).toEqual(['2020', '2021']);
  });

  it('does not carry a given common base across a break', () => {
    const view = applyValueMode(nev, 'index', 2020, 2025, '2020');
    expect(view.basePeriod).toBeUndefined();
    expect(view.points.every((p) => p.value === null)).toBe(true);
  });

  it('leaves no year-on-year change for a month whose year before is on another definition', () => {
    const periods = ['2021-03', '2021-05', '2022-03', '2022-05', '2023-05'];
    const monthly = series(periods.map((period, i) => ({ ...point(2000, 10 + i, { breakBefore: period === '2022-03' }), period })));
    const view = applyValueMode(monthly, 'yoy', 2022, 2023);
    expect(view.points.map((p) => [p.period, p.gapReason ?? Math.round(p.value ?? 0)])).toEqual([
      ['2022-03', 'series_break'],
      ['2022-05', 'series_break'],
      ['2023-05', Math.round((14 / 13 - 1) * 100)],
    ]);
  });
});
