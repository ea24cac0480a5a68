// The three value modes. Absolute shows published figures; year-on-year and index are computed
// by us from them, and say so. Growth rates (percent series) are already changes: they are
// shown as published in every mode rather than turned into a change of a change.
import type { Series } from '../api/contract';
import type { ValueMode } from '../state/filters-schema';
import { boundKind, isPartialYear, ratioQualifier } from './qualifiers';
import { periodYearBefore, timeOf } from './period';
import { unitDetailOf, type UnitFormat } from './units';
import { toViewPoint, type ViewPoint } from './view-point';

/** A series as shown; its unit carries the indicator's short form and decimals where it shows published figures. */
export interface ViewSeries extends UnitFormat {
  indicatorId: string;
  points: ViewPoint[];
  /** False when the mode does not apply to this series (a growth rate in index mode). */
  isModeApplied: boolean;
  /** Index mode: the period set to 100 (the range's first with a figure that can anchor one). */
  basePeriod?: string;
}

const inRange = (from: number, to: number) => (p: ViewPoint) => p.year >= from && p.year <= to;

/**
 * A figure that can anchor an index: known, non-zero, not a bound and not part of a year. A
 * rounded or approximate base is allowed; the values indexed to it then read "about".
 */
export const canBeIndexBase = (p: ViewPoint) =>
  p.value !== null && p.value !== 0 && (boundKind(p.qualifier) === 'exact' || boundKind(p.qualifier) === 'approx') && !isPartialYear(p.qualifier);

/**
 * `series`: with its indicator's short unit and decimals, which computed values do not keep.
 * `basePeriod`: the period set to 100 in index mode; series drawn together share it (panel-view.ts).
 */
export function applyValueMode(series: Series & Omit<UnitFormat, 'unit'>, mode: ValueMode, from: number, to: number, basePeriod?: string): ViewSeries {
  const all = series.points.map(toViewPoint).sort((a, b) => timeOf(a.period) - timeOf(b.period));
  const base = { indicatorId: series.indicatorId };
  if (mode === 'absolute' || series.unit === 'percent') {
    return { ...base, unit: series.unit, ...unitDetailOf(series), points: all.filter(inRange(from, to)), isModeApplied: mode === 'absolute' };
  }
  if (mode === 'yoy') {
    return { ...base, unit: 'yoy_percent', points: yearOnYear(all).filter(inRange(from, to)), isModeApplied: true };
  }
  const shown = all.filter(inRange(from, to));
  const basePoint = basePeriod === undefined ? shown.find(canBeIndexBase) : shown.find((p) => p.period === basePeriod && canBeIndexBase(p));
  return { ...base, unit: 'index', points: indexTo(shown, basePoint), isModeApplied: true, basePeriod: basePoint?.period };
}

/** Change on the same period a year before (the year, or the month), in percent; a missing one leaves a gap. */
export function yearOnYear(points: ViewPoint[]): ViewPoint[] {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return points.map((p) => {
    // A break in the series (a census count after a year-end estimate) is not growth.
    if (p.isSeriesBreak) return { period: p.period, year: p.year, value: null, status: 'computed', sourceIds: p.sourceIds, gapReason: 'series_break' };
    const previous = byPeriod.get(periodYearBefore(p.period));
    return computeRatio(p, previous, (cur, prev) => (cur / prev - 1) * 100, 'yoy');
  });
}

function indexTo(points: ViewPoint[], base: ViewPoint | undefined): ViewPoint[] {
  return points.map((p) =>
    // The base year is 100 by definition, whatever its own qualifier.
    p === base ? { ...computeRatio(p, base, () => 100, 'index'), qualifier: undefined } : computeRatio(p, base, (cur, b) => (cur / b) * 100, 'index'),
  );
}

function computeRatio(
  point: ViewPoint,
  reference: ViewPoint | undefined,
  formula: (value: number, reference: number) => number,
  kind: 'yoy' | 'index',
): ViewPoint {
  const gap: ViewPoint = { period: point.period, year: point.year, value: null, status: 'computed', sourceIds: point.sourceIds };
  if (point.value === null || !reference || reference.value === null || reference.value === 0) {
    if (point.value === null) return gap;
    return { ...gap, gapReason: kind === 'yoy' ? 'no_previous_year' : 'no_base' };
  }
  const qualifier = ratioQualifier(point.qualifier, reference.qualifier);
  if (qualifier === null) return { ...gap, gapReason: 'not_comparable' };
  const sourceIds = [...new Set([...point.sourceIds, ...reference.sourceIds])];
  return {
    period: point.period,
    year: point.year,
    value: formula(point.value, reference.value),
    // Computing from an estimate gives an estimate; it is still our computation.
    status: 'computed',
    qualifier,
    sourceIds,
    inputs: [
      { period: reference.period, value: reference.value },
      { period: point.period, value: point.value },
    ],
  };
}
