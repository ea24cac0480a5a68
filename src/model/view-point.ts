import type { Point, PointStatus, Qualifier, Unit } from '../api/contract';
import { yearOf } from './period';

/** How the number came to be: read in a source, or computed by us from read numbers. */
export type ViewStatus = PointStatus | 'computed';

/** A unit as displayed: the data's own (an id the app knows, or its words), or one a value mode produces. */
export type DisplayUnit = Unit | 'index' | 'yoy_percent' | 'share_percent';

/**
 * Why a computed value is missing. `series_break`: the series changes definition between the value
 * and the year before; `across_break`: between the value and the index base. A share of the national
 * total: `no_national_figure`, `not_same_basis` (an estimate, bound, approximation, other months,
 * revision or definition on either side), `rate_has_no_share` (a growth rate is no part of a total).
 */
export type GapReason = 'no_previous_year' | 'no_base' | 'not_comparable' | 'series_break' | 'across_break' | 'no_national_figure' | 'not_same_basis' | 'rate_has_no_share';

/** One value as a chart, table or card shows it. */
export interface ViewPoint {
  /** As the API sent it: a year "2024" or a month "2024-03". */
  period: string;
  /** The calendar year of the period, for year ranges. */
  year: number;
  value: number | null;
  status: ViewStatus;
  qualifier?: Qualifier;
  sourceIds: string[];
  note?: string;
  /** Why a computed value is missing. */
  gapReason?: GapReason;
  /** Not comparable with any earlier period (e.g. a census count after year-end estimates). */
  isSeriesBreak?: boolean;
  /** Other published figures for the same year. */
  alternatives?: Point['alternatives'];
  /** The published figure behind a computed one, for tables and tooltips. */
  inputs?: { period: string; value: number }[];
}

/** A point with a figure (not a gap). */
export type KnownPoint = ViewPoint & { value: number };

export const hasValue = (point: ViewPoint): point is KnownPoint => point.value !== null;

/**
 * Estimates, bounds, approximations and partial years get a hollow mark; values computed from
 * exact figures do not, or every computed chart would hide the ones that need a second look.
 */
export const isFlagged = (point: Pick<ViewPoint, 'status' | 'qualifier'>) =>
  point.status === 'estimated' || (point.qualifier !== undefined && point.qualifier !== 'preliminary' && point.qualifier !== 'revised');

export function toViewPoint(point: Point): ViewPoint {
  return {
    period: point.period,
    year: yearOf(point.period),
    value: point.value,
    status: point.computed ? 'computed' : point.status,
    qualifier: point.qualifier,
    sourceIds: [point.sourceId],
    note: point.note,
    isSeriesBreak: point.breakBefore,
    alternatives: point.alternatives,
  };
}
