// From API data and the reader's choices to what a panel draws: which indicators, grouped into
// one chart per display unit (different units never share an axis), and the KPI of each.
import type { Indicator, Series } from '../api/contract';
import type { ValueMode } from '../state/filters-schema';
import { computeKpi, type Kpi } from './kpi';
import { applyValueMode, indexBaseCandidates, type ViewSeries } from './value-modes';
import { hasMonthlyPoints, timeOf } from './period';
import { findSeries, otherRegionKey, SINGLE_REGION, type Region, type RegionView } from './regions';
import { unitDetailOf } from './units';
import { toViewPoint } from './view-point';
import type { DisplayUnit } from './view-point';

export interface IndicatorSelection {
  selected: Indicator[];
  /** Ids in the reader's choice (e.g. from a link) that the API does not know. */
  unknownIds: string[];
}

/** Years with a figure an indicator needs in the range to open a panel: fewer is a point or a lone segment. */
const MIN_YEARS_TO_OPEN = 3;

/** The data a panel opens on: the main region's series, and the years shown. */
export interface OpeningData {
  series: readonly Series[];
  from: number;
  to: number;
  mainId?: string;
}

/** The years in the range with a figure for the main region. */
function yearsWithFigure(indicatorId: string, { series, from, to, mainId }: OpeningData): number {
  const found = findSeries(series, indicatorId, mainId, mainId);
  return new Set(found?.points.flatMap((p) => (p.value !== null && Number(p.period.slice(0, 4)) >= from && Number(p.period.slice(0, 4)) <= to ? [p.period.slice(0, 4)] : []))).size;
}

/**
 * What a panel opens on before the reader picks: the featured indicators with a figure in at
 * least three years of the range; if none has, the first indicator that has; if none at all,
 * the featured ones (or the first) as they are. A rule over the data, so any data package opens
 * on a chart with a trend where it has one.
 */
export function openingIndicators(indicators: Indicator[], data?: OpeningData): Indicator[] {
  const featured = indicators.filter((i) => i.isFeatured);
  const fallback = featured.length > 0 ? featured : indicators.slice(0, 1);
  // Until the figures come, the featured ones: the choice is made again over the data.
  if (!data || data.series.length === 0) return fallback;
  const hasTrend = (indicator: Indicator) => yearsWithFigure(indicator.id, data) >= MIN_YEARS_TO_OPEN;
  const featuredWithTrend = featured.filter(hasTrend);
  if (featuredWithTrend.length > 0) return featuredWithTrend;
  const first = indicators.find(hasTrend);
  return first ? [first] : fallback;
}

/** The reader's picks that exist; none picked means the opening ones (openingIndicators). */
export function selectIndicators(indicators: Indicator[], chosenIds: string[], data?: OpeningData): IndicatorSelection {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const known = chosenIds.flatMap((id) => byId.get(id) ?? []);
  const unknownIds = chosenIds.filter((id) => !byId.has(id));
  if (known.length > 0) return { selected: known, unknownIds };
  return { selected: openingIndicators(indicators, data), unknownIds };
}

export interface SeriesGroup {
  unit: DisplayUnit;
  /** The data's short form of the group's unit, when it gives one. */
  shortUnit?: string;
  series: ViewSeries[];
}

/** A selected indicator's series for a region (empty when the API sent none), with what the indicator says about its unit. */
function seriesOf(indicator: Indicator, series: Series[], region: Region | undefined, regions: RegionView) {
  const found = findSeries(series, indicator.id, region?.id, regions.mainId);
  const entity = region === undefined ? {} : { entityId: region.id, ...(region.id !== regions.mainId && { key: otherRegionKey(indicator.id, region.id) }) };
  return { ...(found ?? { indicatorId: indicator.id, unit: indicator.unit, points: [] }), ...entity, ...unitDetailOf(indicator) };
}

/** The regions a mode draws: a share is of a region other than the country; undefined is the one unnamed region. */
function drawnRegions(mode: ValueMode, regions: RegionView): (Region | undefined)[] {
  if (regions.shown.length === 0) return [undefined];
  return mode === 'share' ? regions.shown.filter((region) => region.kind !== 'country') : regions.shown;
}

/**
 * One chart per display unit and frequency, each selected indicator drawn for each region shown. In
 * index mode, series share a chart only when they share a base period: 2020 = 100 and 2023 = 100 on
 * one axis would suggest a false comparison. In share mode the country itself is not drawn.
 */
export function buildSeriesGroups(selected: Indicator[], series: Series[], mode: ValueMode, from: number, to: number, regions: RegionView = SINGLE_REGION): SeriesGroup[] {
  const shown = drawnRegions(mode, regions);
  const raws = selected.flatMap((indicator) => shown.map((region) => seriesOf(indicator, series, region, regions)));
  const commonBase = mode === 'index' ? commonBasePeriod(raws.filter((s) => s.unit !== 'percent'), from, to) : undefined;
  const { country } = regions;
  const nationalTotal = (raw: Series) => (mode === 'share' && country ? findSeries(series, raw.indicatorId, country.id, regions.mainId) : undefined);
  const groups = new Map<string, SeriesGroup>();
  for (const raw of raws) {
    const view = applyValueMode(raw, mode, from, to, commonBase, nationalTotal(raw));
    const frequency = hasMonthlyPoints([raw]) ? 'monthly' : 'yearly';
    // A unit written two ways (tonnes as "t" and as "tonnes") gets two axes, each labelled as its data says.
    const key = `${frequency}-${view.unit === 'index' ? `index-${view.basePeriod ?? 'none'}` : `${view.unit}-${view.shortUnit ?? ''}`}`;
    const group = groups.get(key) ?? { unit: view.unit, ...unitDetailOf({ shortUnit: view.shortUnit }), series: [] };
    group.series.push(view);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function commonBasePeriod(series: Series[], from: number, to: number): string | undefined {
  if (series.length < 2) return undefined;
  // Each series' candidates sit after its last break in range, so a shared base never crosses one.
  const bases = series.map((s) => new Set(indexBaseCandidates(s.points.map(toViewPoint).filter((p) => p.year >= from && p.year <= to)).map((p) => p.period)));
  const candidates = [...(bases[0] ?? [])].sort((a, b) => timeOf(a) - timeOf(b));
  return candidates.find((period) => bases.every((set) => set.has(period)));
}

export interface IndicatorKpi {
  indicator: Indicator;
  /** The region the figures are for, when the data names its regions. */
  region?: Region;
  kpi: Kpi;
  series: ViewSeries;
}

/** KPIs read published values, so they use the absolute view whatever the mode: one per indicator and region shown. */
export function buildKpis(selected: Indicator[], series: Series[], from: number, to: number, regions: RegionView = SINGLE_REGION): IndicatorKpi[] {
  const shown = drawnRegions('absolute', regions);
  return selected.flatMap((indicator) =>
    shown.map((region) => {
      const view = applyValueMode(seriesOf(indicator, series, region, regions), 'absolute', from, to);
      return { indicator, ...(region && { region }), kpi: computeKpi(view.points, indicator.unit === 'percent'), series: view };
    }),
  );
}
