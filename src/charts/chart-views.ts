// ChartViews from data and a set of choices. The dashboard passes the reader's current
// filters; a slide passes the filters it was pinned with, so both draw through the same code.
import type { Fact, Indicator, Series, Source } from '../api/contract';
import { formatDate } from '../model/format';
import { buildSeriesGroups } from '../model/panel-view';
import type { ViewSeries } from '../model/value-modes';
import type { ChartType, ValueMode } from '../state/filters-schema';
import type { ChartView } from './chart-types';
import { colorAt } from './palette';
import { regionLabel, seriesKey, SINGLE_REGION, type Region, type RegionView } from '../model/regions';
import type { ChartMilestone } from './trend-chart';

export interface ChartViewChoices {
  /** Prefix of the chart ids, e.g. the domain. */
  idPrefix: string;
  selected: Indicator[];
  mode: ValueMode;
  from: number;
  to: number;
  chartType: ChartType;
  /** The regions charted side by side; one unnamed region when absent. */
  regions?: RegionView;
}

export interface ChartViewLabels {
  mode: string;
  /** "Index, 2020 = 100" for a base period (a year, or a month such as 2020-01). */
  indexBase: (period: string) => string;
  /** "Share of the national total (China = 100%), computed by us": share mode's subtitle. */
  shareBase?: (country: string) => string;
  /** "Chongqing and China", in the reader's language. */
  list?: (items: string[]) => string;
  /** "GDP (nominal, computed by us)": a growth rate or index computed from values at current prices. */
  nominal?: (title: string) => string;
}

/**
 * Colours follow an indicator's place in its domain, then its region's in the data, so a series
 * keeps its colour everywhere, whichever other series are drawn beside it.
 */
export function seriesColors(indicators: Indicator[]): (indicatorId: string, region?: Pick<Region, 'index'>) => string {
  const place = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  return (indicatorId, region) => colorAt((place.get(indicatorId) ?? 0) + (region?.index ?? 0));
}

export function buildChartViews(indicators: Indicator[], series: Series[], choices: ChartViewChoices, labels: ChartViewLabels): ChartView[] {
  const { selected, mode, from, to, regions = SINGLE_REGION } = choices;
  const colorOf = seriesColors(indicators);
  const titleOf = new Map(indicators.map((indicator) => [indicator.id, indicator.title]));
  // A change computed from money at current prices is nominal: said beside "Real GDP growth".
  const nominalIds = new Set(indicators.flatMap((indicator) => (indicator.prices === 'nominal' ? [indicator.id] : [])));
  const isComputedChange = mode === 'yoy' || mode === 'index';
  const title = (id: string) => {
    const plain = titleOf.get(id) ?? id;
    return isComputedChange && labels.nominal && nominalIds.has(id) ? labels.nominal(plain) : plain;
  };
  const regionsById = new Map([...regions.shown, ...(regions.country ? [regions.country] : [])].map((region) => [region.id, region]));
  const regionOf = (s: ViewSeries) => (s.entityId === undefined ? undefined : regionsById.get(s.entityId));
  const label = (s: ViewSeries) => regionLabel(title(s.indicatorId), regionOf(s), regions);
  const list = labels.list ?? ((items: string[]) => items.join(', '));
  // Each series is indexed to its own first period with a figure; say which when they differ.
  const indexNote = (members: ViewSeries[]) => {
    if (!members.some((m) => m.isModeApplied)) return '';
    const bases = new Set(members.map((m) => m.basePeriod));
    const [only] = bases;
    if (bases.size === 1 && only !== undefined) return labels.indexBase(only);
    return members.map((m) => `${label(m)}: ${m.basePeriod ?? '—'} = 100`).join('; ');
  };
  const modeNote = (members: ViewSeries[]) => {
    if (mode === 'index') return indexNote(members) || labels.mode;
    if (mode === 'share' && regions.country && labels.shareBase) return labels.shareBase(regions.country.name);
    return labels.mode;
  };
  // "GDP · Industrial value added · Chongqing and China": the indicators, then the regions they are drawn for.
  const chartTitle = (members: ViewSeries[]) => {
    const titles = [...new Set(members.map((s) => title(s.indicatorId)))].join(' · ');
    const names = [...new Set(members.flatMap((s) => regionOf(s)?.name ?? []))];
    return regions.namesRegions && names.length > 0 ? `${titles} · ${list(names)}` : titles;
  };
  return buildSeriesGroups(selected, series, mode, from, to, regions).map((group) => ({
    // Its first series names it: a series after the first joining or leaving keeps the chart (ChartView.id).
    id: `${choices.idPrefix}-${group.series[0] ? seriesKey(group.series[0]) : group.unit}`,
    title: chartTitle(group.series),
    subtitle: [`${from}–${to}`, modeNote(group.series)].join(' · '),
    unit: group.unit,
    ...(group.shortUnit === undefined ? {} : { shortUnit: group.shortUnit }),
    chartType: choices.chartType,
    mode,
    from,
    to,
    series: group.series.map((s) => {
      const region = regionOf(s);
      return { ...s, label: label(s), color: colorOf(s.indicatorId, region), ...(region && { regionName: region.name }) };
    }),
  }));
}

/** Dated, labelled milestones of a domain, as chart annotations. */
export function milestonesFromFacts(facts: Fact[]): ChartMilestone[] {
  return facts.flatMap((fact) =>
    fact.kind === 'milestone' && fact.date && fact.label
      ? [{ year: Number(fact.date.slice(0, 4)), label: fact.label, ...(fact.indicatorId !== undefined && { indicatorId: fact.indicatorId }) }]
      : [],
  );
}

const NO_MILESTONES: ChartMilestone[] = [];

/** The indicators a chart draws for the main region: the data's facts, and so its milestones, are the main region's. */
export function mainRegionIndicators(chart: Pick<ChartView, 'series'>, mainId: string | undefined): string[] {
  return [...new Set(chart.series.flatMap((s) => (s.entityId === undefined || s.entityId === mainId ? [s.indicatorId] : [])))];
}

/**
 * The milestones a chart of these indicators marks: those about one of them, and those about no
 * indicator in particular (a data package may leave `indicator` empty), which every chart of the
 * panel marks. The same array when all are kept, so a chart
 * whose milestones did not change is not drawn again.
 */
export function milestonesConcerning(indicatorIds: readonly string[], milestones: ChartMilestone[]): ChartMilestone[] {
  if (indicatorIds.length === 0) return NO_MILESTONES;
  const kept = milestones.filter((m) => m.indicatorId === undefined || indicatorIds.includes(m.indicatorId));
  return kept.length === milestones.length ? milestones : kept.length === 0 ? NO_MILESTONES : kept;
}

/** The milestones a chart marks. */
export const milestonesForChart = (chart: Pick<ChartView, 'series'>, milestones: ChartMilestone[], mainId: string | undefined) =>
  milestonesConcerning(mainRegionIndicators(chart, mainId), milestones);

/** The sources behind the values the charts draw (not behind every year of the series), in the order they first appear. */
export function drawnSourceIds(views: readonly ChartView[]): string[] {
  return [...new Set(views.flatMap((view) => view.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : p.sourceIds)))))];
}

/** The sources behind the values drawn, as the short labels image footers and slides print: "Publisher (date)". */
export function chartSourceLabels(views: ChartView[], sourcesById: Map<string, Source>, locale: string): string[] {
  return drawnSourceIds(views).map((id) => shortSourceLabel(id, sourcesById, locale));
}

/** "Publisher (date)"; an unknown id stays visible. */
export function shortSourceLabel(id: string, sourcesById: Map<string, Source>, locale: string): string {
  const source = sourcesById.get(id);
  return source ? `${source.publisher}${source.date ? ` (${formatDate(source.date, locale)})` : ''}` : id;
}
