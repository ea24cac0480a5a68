// The value modes. Absolute shows published figures; year-on-year, index and a share of the
// national total are computed by us from them, and say so. Growth rates (percent series) are
// already changes: they are shown as published in year-on-year and index modes rather than turned
// into a change of a change, and have no share (share-mode.ts). Neither year-on-year nor index
// crosses a break in a series' definition (series-breaks.ts): that is a gap, with why.
import type { Series } from '../api/contract';
import type { ValueMode } from '../state/filters-schema';
import { boundKind, isPartialYear, ratioQualifier } from './qualifiers';
import { periodYearBefore, timeOf } from './period';
import { breakPeriods, comparableStretches } from './series-breaks';
import { sharePoints } from './share-mode';
import { unitDetailOf, type UnitFormat } from './units';
import { toViewPoint, type ViewPoint } from './view-point';

/** A series as shown; its unit carries the indicator's short form and decimals where it shows published figures. */
export interface ViewSeries extends UnitFormat {
  indicatorId: string;
  /** The region (entity id), when the data names its regions. */
  entityId?: string;
  /** Its key beside other series (regions.ts seriesKey), when it is not the indicator's id. */
  key?: string;
  points: ViewPoint[];
  /** False when the mode does not apply to this series (a growth rate in index mode). */
  isModeApplied: boolean;
  /** Index mode: the period set to 100 (the range's first with a figure that can anchor one). */
  basePeriod?: string;
  /** Periods in range where the series changes definition: figures before them do not compare with those after. */
  breakPeriods?: string[];
}

const inRange = (from: number, to: number) => (p: ViewPoint) => p.year >= from && p.year <= to;

/**
 * A figure that can anchor an index: known, non-zero, not a bound and not part of a year. A
 * rounded or approximate base is allowed; the values indexed to it then read "about".
 */
export const canBeIndexBase = (p: ViewPoint) =>
  p.value !== null && p.value !== 0 && (boundKind(p.qualifier) === 'exact' || boundKind(p.qualifier) === 'approx') && !isPartialYear(p.qualifier);

/**
 * The figures in range that may anchor an index, in time order: those of the latest comparable
 * stretch that has one, so the base sits after the last break and the recent years stay drawn.
 */
export function indexBaseCandidates(shown: ViewPoint[]): ViewPoint[] {
  const stretches = comparableStretches(shown);
  const bases = shown.filter(canBeIndexBase);
  const stretchOf = (p: ViewPoint) => stretches.get(p.period) ?? 0;
  const latest = Math.max(...bases.map(stretchOf));
  return bases.filter((p) => stretchOf(p) === latest);
}

/**
 * `series`: with its indicator's short unit and decimals, which computed values do not keep.
 * `basePeriod`: the period set to 100 in index mode; series drawn together share it (panel-view.ts).
 * `nationalTotal`: in share mode, the country's series of the same indicator.
 */
export function applyValueMode(series: Series & Omit<UnitFormat, 'unit'> & Pick<ViewSeries, 'key'>, mode: ValueMode, from: number, to: number, basePeriod?: string, nationalTotal?: Series): ViewSeries {
  const all = series.points.map(toViewPoint).sort((a, b) => timeOf(a.period) - timeOf(b.period));
  const shown = all.filter(inRange(from, to));
  const breaks = breakPeriods(shown);
  const base = {
    indicatorId: series.indicatorId,
    ...(series.entityId !== undefined && { entityId: series.entityId }),
    ...(series.key !== undefined && { key: series.key }),
    ...(breaks.length > 0 && { breakPeriods: breaks }),
  };
  if (mode === 'share') {
    return { ...base, unit: 'share_percent', points: sharePoints(all, series.unit, nationalTotal).filter(inRange(from, to)), isModeApplied: true };
  }
  if (mode === 'absolute' || series.unit === 'percent') {
    return { ...base, unit: series.unit, ...unitDetailOf(series), points: shown, isModeApplied: mode === 'absolute' };
  }
  if (mode === 'yoy') {
    return { ...base, unit: 'yoy_percent', points: yearOnYear(all).filter(inRange(from, to)), isModeApplied: true };
  }
  const candidates = indexBaseCandidates(shown);
  const basePoint = basePeriod === undefined ? candidates[0] : candidates.find((p) => p.period === basePeriod);
  return { ...base, unit: 'index', points: indexTo(shown, basePoint), isModeApplied: true, basePeriod: basePoint?.period };
}

/** Change on the same period a year before (the year, or the month), in percent; a missing one leaves a gap. */
export function yearOnYear(points: ViewPoint[]): ViewPoint[] {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const stretches = comparableStretches(points);
  return points.map((p) => {
    const previous = byPeriod.get(periodYearBefore(p.period));
    // A break (a census count after a year-end estimate) between the two is not growth; for a
    // month it may fall in any of the twelve months since, not only in the month itself.
    if (p.isSeriesBreak || (p.value !== null && previous && stretches.get(previous.period) !== stretches.get(p.period))) return breakGap(p, 'series_break');
    return computeRatio(p, previous, (cur, prev) => (cur / prev - 1) * 100, 'yoy');
  });
}

function indexTo(points: ViewPoint[], base: ViewPoint | undefined): ViewPoint[] {
  const stretches = comparableStretches(points);
  return points.map((p) => {
    // The base year is 100 by definition, whatever its own qualifier.
    if (p === base) return { ...computeRatio(p, base, () => 100, 'index'), qualifier: undefined };
    // A base on another definition would index two different things to one another.
    if (base && p.value !== null && stretches.get(p.period) !== stretches.get(base.period)) return breakGap(p, 'across_break');
    return computeRatio(p, base, (cur, b) => (cur / b) * 100, 'index');
  });
}

const breakGap = (p: ViewPoint, gapReason: 'series_break' | 'across_break'): ViewPoint => ({ period: p.period, year: p.year, value: null, status: 'computed', sourceIds: p.sourceIds, gapReason });

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
