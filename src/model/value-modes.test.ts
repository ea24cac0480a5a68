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
