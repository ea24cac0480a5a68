// The "share of the national total" value mode for one region's series: its figures over the
// country's (share-of-total.ts), computed by us, each gap saying why. A growth rate is not a part of
// a total, so a rate's series is gaps that say so rather than a ratio of two rates.
import type { Series } from '../api/contract';
import { shareOfTotal } from './share-of-total';
import { toViewPoint, type ViewPoint } from './view-point';

const gapOf = (p: ViewPoint): ViewPoint => ({ period: p.period, year: p.year, value: null, status: 'computed', sourceIds: p.sourceIds });

/**
 * `points`: the region's every point in time order (a change of definition after the range still
 * matters); `country`: the country's series for the same indicator, when the API sent one.
 */
export function sharePoints(points: ViewPoint[], unit: Series['unit'], country: Series | undefined): ViewPoint[] {
  if (unit === 'percent') return points.map((p) => (p.value === null ? gapOf(p) : { ...gapOf(p), gapReason: 'rate_has_no_share' }));
  return shareOfTotal(points, country?.points.map(toViewPoint) ?? []).map(({ shareGap, ...point }) => (shareGap === undefined ? point : { ...point, gapReason: shareGap }));
}
