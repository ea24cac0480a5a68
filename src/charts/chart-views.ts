// ChartViews from data and a set of choices. The dashboard passes the reader's current
// filters; a slide passes the filters it was pinned with, so both draw through the same code.
import type { Fact, Indicator, Series, Source } from '../api/contract';
import { formatDate } from '../model/format';
import { buildSeriesGroups } from '../model/panel-view';
import type { ViewSeries } from '../model/value-modes';
import type { ChartType, ValueMode } from '../state/filters-schema';
import type { ChartView } from './chart-types';
import { colorAt } from './palette';
import type { ChartMilestone } from './trend-chart';

export interface ChartViewChoices {
  /** Prefix of the chart ids, e.g. the domain. */
  idPrefix: string;
  selected: Indicator[];
  mode: ValueMode;
  from: number;
  to: number;
  chartType: ChartType;
}

export interface ChartViewLabels {
  mode: string;
  /** "Index, 2020 = 100" for a base period (a year, or a month such as 2020-01). */
  indexBase: (period: string) => string;
}

/** Colours follow an indicator's place in its domain, so a series keeps its colour everywhere. */
export const indicatorColors = (indicators: Indicator[]) => new Map(indicators.map((indicator, index) => [indicator.id, colorAt(index)]));

export function buildChartViews(indicators: Indicator[], series: Series[], choices: ChartViewChoices, labels: ChartViewLabels): ChartView[] {
  const { selected, mode, from, to } = choices;
  const colorOf = indicatorColors(indicators);
  const titleOf = new Map(indicators.map((indicator) => [indicator.id, indicator.title]));
  const title = (id: string) => titleOf.get(id) ?? id;
  // Each series is indexed to its own first period with a figure; say which when they differ.
  const indexNote = (members: ViewSeries[]) => {
    if (!members.some((m) => m.isModeApplied)) return '';
    const bases = new Set(members.map((m) => m.basePeriod));
    const [only] = bases;
    if (bases.size === 1 && only !== undefined) return labels.indexBase(only);
    return members.map((m) => `${title(m.indicatorId)}: ${m.basePeriod ?? '—'} = 100`).join('; ');
  };
  return buildSeriesGroups(selected, series, mode, from, to).map((group) => ({
    // Its first series names it: a series after the first joining or leaving keeps the chart (ChartView.id).
    id: `${choices.idPrefix}-${group.series[0]?.indicatorId ?? group.unit}`,
    title: group.series.map((s) => title(s.indicatorId)).join(' · '),
    // In index mode the base year says it all ("Index, 2023 = 100"); the mode's name would not.
    subtitle: [`${from}–${to}`, mode === 'index' ? indexNote(group.series) || labels.mode : labels.mode].join(' · '),
    unit: group.unit,
    ...(group.shortUnit === undefined ? {} : { shortUnit: group.shortUnit }),
    chartType: choices.chartType,
    mode,
    from,
    to,
    series: group.series.map((s) => ({ ...s, label: title(s.indicatorId), color: colorOf.get(s.indicatorId) ?? colorAt(0) })),
  }));
}

/** Dated, labelled milestones of a domain, as chart annotations. */
export function milestonesFromFacts(facts: Fact[]): ChartMilestone[] {
  return facts.flatMap((fact) =>
    fact.kind === 'milestone' && fact.date && fact.label ? [{ year: Number(fact.date.slice(0, 4)), label: fact.label }] : [],
  );
}

/**
 * The sources behind the values the charts show (not behind every year of the series), as the
 * short labels image footers and slides print: "Publisher (date)". An unknown id stays visible.
 */
export function chartSourceLabels(views: ChartView[], sourcesById: Map<string, Source>, locale: string): string[] {
  const ids = new Set(views.flatMap((view) => view.series.flatMap((s) => s.points.filter((p) => p.value !== null).flatMap((p) => p.sourceIds))));
  return [...ids].map((id) => {
    const source = sourcesById.get(id);
    return source ? `${source.publisher}${source.date ? ` (${formatDate(source.date, locale)})` : ''}` : id;
  });
}
