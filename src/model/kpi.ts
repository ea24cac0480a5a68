// The numbers on a KPI card, from published figures (always absolute, whatever the chart's
// value mode): the latest value in range, its change since the first, and the compound annual
// growth rate between them. Bounds carry through (see qualifiers.ts), and so do breaks in the
// series' definition: the first figure is the first comparable with the latest (series-breaks.ts).
import type { Qualifier } from '../api/contract';
import { timeOf } from './period';
import { ratioQualifier } from './qualifiers';
import { comparableWithLatest } from './series-breaks';
import type { ViewPoint } from './view-point';

export interface Kpi {
  latest: ViewPoint | null;
  /** The first figure in range comparable with the latest: after the last break before it. */
  first: ViewPoint | null;
  /** latest - first, in the series' unit. */
  change: number | null;
  /** (latest / first - 1) in percent. */
  changePercent: number | null;
  /** Compound annual growth rate between first and latest, in percent. */
  cagr: number | null;
  /** Qualifier of the change and CAGR ("more than" when the latest is a lower bound). */
  changeQualifier?: Qualifier;
  /**
   * Where the series changes definition, when that leaves figures in range out of the change
   * (they are not comparable with the latest). With `first` equal to `latest`, nothing compares.
   */
  breakPeriod?: string;
}

export function cagr(first: number, last: number, years: number): number | null {
  if (years <= 0 || first <= 0 || last <= 0) return null;
  return ((last / first) ** (1 / years) - 1) * 100;
}

export function computeKpi(points: ViewPoint[], isRate: boolean): Kpi {
  const { known, breakPeriod } = comparableWithLatest(points);
  const latest = known.at(-1) ?? null;
  const first = known[0] ?? null;
  const empty: Kpi = { latest, first, change: null, changePercent: null, cagr: null, breakPeriod };
  if (!latest || !first || latest.period === first.period) return empty;
  const qualifier = ratioQualifier(latest.qualifier, first.qualifier);
  if (qualifier === null) return empty;
  const change = latest.value - first.value;
  // For a growth rate, a percent change of a percent misleads: show points of change only.
  if (isRate) return { ...empty, change, changeQualifier: qualifier };
  return {
    ...empty,
    change,
    changePercent: first.value !== 0 ? (latest.value / first.value - 1) * 100 : null,
    // A growth rate a year needs a year: two months apart, it would annualise noise.
    cagr: timeOf(latest.period) - timeOf(first.period) >= 1 ? cagr(first.value, latest.value, timeOf(latest.period) - timeOf(first.period)) : null,
    changeQualifier: qualifier,
  };
}
