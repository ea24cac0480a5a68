// Breaks in a series' definition: a point with `breakBefore` (a census count after year-end
// estimates; all NEVs after intelligent connected NEVs only) is not comparable with any earlier
// point of its series. A change, growth rate or index therefore stays within one comparable
// stretch: the points from one break up to the next.
import { timeOf } from './period';
import { hasValue, type KnownPoint, type ViewPoint } from './view-point';

const byTime = (a: ViewPoint, b: ViewPoint) => timeOf(a.period) - timeOf(b.period);

/** Each period's comparable stretch, counted in breaks: two periods compare only when equal. */
export function comparableStretches(points: readonly ViewPoint[]): Map<string, number> {
  const stretches = new Map<string, number>();
  let stretch = 0;
  for (const point of [...points].sort(byTime)) {
    if (point.isSeriesBreak) stretch++;
    stretches.set(point.period, stretch);
  }
  return stretches;
}

/** The periods where a series changes definition, in time order. */
export const breakPeriods = (points: readonly ViewPoint[]): string[] =>
  points.filter((p) => p.isSeriesBreak).sort(byTime).map((p) => p.period);

export interface ComparableFigures {
  /** The published figures comparable with the latest one, in time order (the latest last). */
  known: KnownPoint[];
  /** The break that starts their stretch, when it leaves earlier figures of `points` out. */
  breakPeriod?: string;
}

/** What a change since the first figure may compare: the latest figure and those of its stretch. */
export function comparableWithLatest(points: readonly ViewPoint[]): ComparableFigures {
  const known = points.filter(hasValue).sort(byTime);
  const latest = known.at(-1);
  if (!latest) return { known };
  const stretches = comparableStretches(points);
  const latestStretch = stretches.get(latest.period);
  const comparable = known.filter((p) => stretches.get(p.period) === latestStretch);
  if (comparable.length === known.length) return { known };
  const breakPeriod = points.filter((p) => p.isSeriesBreak && timeOf(p.period) <= timeOf(latest.period)).sort(byTime).at(-1)?.period;
  return { known: comparable, breakPeriod };
}
