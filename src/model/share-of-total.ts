// "Share of the national total": a region's figure over its country's for the same indicator and
// period, in percent, computed by us. Only where the two figures are on the same basis: both
// published as such (not estimates, bounds or approximations), for the same months, not one
// preliminary and the other revised, and on the same definition (as many changes of definition
// after the period in both series). Anything else is a gap that says why.
import { boundKind, isPartialYear } from './qualifiers';
import type { ViewPoint } from './view-point';

export type ShareGap = 'no_national_figure' | 'not_same_basis';

/** For each period, how many changes of definition come after it in the series. */
function definitionsAfter(points: ViewPoint[]): Map<string, number> {
  const sorted = [...points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const after = new Map<string, number>();
  let breaks = 0;
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const point = sorted[index];
    if (!point) continue;
    after.set(point.period, breaks);
    if (point.isSeriesBreak) breaks += 1;
  }
  return after;
}

const isPublishedAsSuch = (p: ViewPoint) => p.status === 'reported' && boundKind(p.qualifier) === 'exact';
const revision = (p: ViewPoint) => (p.qualifier === 'preliminary' || p.qualifier === 'revised' ? p.qualifier : undefined);

function sameBasis(region: ViewPoint, country: ViewPoint, regionDefinitions: Map<string, number>, countryDefinitions: Map<string, number>): boolean {
  if (!isPublishedAsSuch(region) && !isPartialYear(region.qualifier)) return false;
  if (!isPublishedAsSuch(country) && !isPartialYear(country.qualifier)) return false;
  if (isPartialYear(region.qualifier) || isPartialYear(country.qualifier)) return region.qualifier === country.qualifier;
  const revisions = [revision(region), revision(country)];
  if (revisions.includes('preliminary') && revisions.includes('revised')) return false;
  return regionDefinitions.get(region.period) === countryDefinitions.get(country.period);
}

/** The region's figures as a percent of the country's, period by period. */
export function shareOfTotal(region: ViewPoint[], country: ViewPoint[]): (ViewPoint & { shareGap?: ShareGap })[] {
  const countryByPeriod = new Map(country.map((p) => [p.period, p]));
  const regionDefinitions = definitionsAfter(region);
  const countryDefinitions = definitionsAfter(country);
  return region.map((point) => {
    const gap = { period: point.period, year: point.year, value: null, status: 'computed' as const, sourceIds: point.sourceIds };
    if (point.value === null) return gap;
    const total = countryByPeriod.get(point.period);
    if (!total || total.value === null || total.value === 0) return { ...gap, shareGap: 'no_national_figure' as const };
    if (!sameBasis(point, total, regionDefinitions, countryDefinitions)) return { ...gap, sourceIds: [...new Set([...point.sourceIds, ...total.sourceIds])], shareGap: 'not_same_basis' as const };
    return {
      period: point.period,
      year: point.year,
      value: (point.value / total.value) * 100,
      status: 'computed' as const,
      ...(isPartialYear(point.qualifier) ? { qualifier: point.qualifier } : {}),
      sourceIds: [...new Set([...point.sourceIds, ...total.sourceIds])],
      inputs: [
        { period: total.period, value: total.value },
        { period: point.period, value: point.value },
      ],
    };
  });
}
