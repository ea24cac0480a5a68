// The numbers on a KPI card, from published figures (always absolute, whatever the chart's
// value mode): the latest value in range, its change since the first, and the compound annual
// growth rate between them. Bounds carry through (see qualifiers.ts).
import type { Qualifier } from '../api/contract';
import { timeOf } from './period';
import { ratioQualifier } from './qualifiers';
import type { ViewPoint } from './view-point';

export interface Kpi {
  latest: ViewPoint | null;
  first: ViewPoint | null;
  /** latest - first, in the series' unit. */
  change: number | null;
  /** (latest / first - 1) in percent. */
  changePercent: number | null;
  /** Compound annual growth rate between first and latest, in percent. */
  cagr: number | null;
  /** Qualifier of the change and CAGR ("more than" when the latest is a lower bound). */
  changeQualifier?: Qualifier;
}

const hasValue = (p: ViewPoint): p is ViewPoint & { value: number } => p.value !== null;

export function cagr(first: number, last: number, years: number): number | null {
  if (years <= 0 || first <= 0 || last <= 0) return null;
  return ((last / first) ** (1 / years) - 1) * 100;
}

export function computeKpi(points: ViewPoint[], isRate: boolean): Kpi {
  const known = points.filter(hasValue).sort((a, b) => timeOf(a.period) - timeOf(b.period));
  const latest = known.at(-1) ?? null;
  const first = known[0] ?? null;
  const empty: Kpi = { latest, first, change: null, changePercent: null, cagr: null };
  if (!latest || !first || latest.period === first.period) return empty;
  const qualifier = ratioQualifier(latest.qualifier, first.qualifier);
  if (qualifier === null) return empty;
  const change = latest.value - first.value;
  // For a growth rate, a percent change of a percent misleads: show points of change only.
  if (isRate) return { ...empty, change, changeQualifier: qualifier };
  return {
    latest,
    first,
    change,
    changePercent: first.value !== 0 ? (latest.value / first.value - 1) * 100 : null,
    // A growth rate a year needs a year: two months apart, it would annualise noise.
    cagr: timeOf(latest.period) - timeOf(first.period) >= 1 ? cagr(first.value, latest.value, timeOf(latest.period) - timeOf(first.period)) : null,
    changeQualifier: qualifier,
  };
}
