// The metadata file of a chart's data bundle: what the CSV beside it is (title, filters, regions,
// each series and its unit), where each figure comes from (each source with its publisher,
// title, date, address and grade), how computed values were computed, when it was exported and
// the link to the live view. Keys are English and stable, for programs; the words are in the
// reader's language, as in the CSV. Its shape follows Our World in Data's chart downloads
// (`chart`, then the columns' details, `dateDownloaded`), with the CSV's dialect named as a
// Frictionless Table Dialect names it (`delimiter`, `decimalChar`).
import type { Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import type { ValueMode } from '../state/filters-schema';
import type { CsvDialect } from './csv-dialect';
import { unitName, type CsvLabels } from './csv';

export interface ChartBundleLabels {
  app: string;
  /** The value mode in the reader's words ("Year-on-year %"). */
  modeName: string;
  /** How the chart's computed values were computed, in a sentence. */
  computation: string;
  /** The chart's notes (computed series, breaks in a definition), as images carry them. */
  notes: string[];
  grade: (grade: Source['reliability']) => string;
  /** A source date in words ("12 March 2024"). */
  date: (date: string) => string;
  /** Each README sentence, already in the reader's language. */
  readme: ChartReadmeLabels;
}

export interface ChartReadmeLabels {
  heading: (key: 'filters' | 'computation' | 'series' | 'sources' | 'files' | 'cite') => string;
  intro: string;
  /** The sentence with the link to the live view; none when there is no link. */
  liveView?: string;
  years: string;
  values: string;
  regions: (regions: string) => string;
  asPublished: (series: string) => string;
  seriesLine: (series: string, unit: string, id: string) => string;
  undated: string;
  sourceLine: (publisher: string, title: string, date: string) => string;
  gradeLine: (grade: string) => string;
  csvFile: (file: string) => string;
  metadataFile: (file: string) => string;
  honesty: string;
  /** "Publisher A, Publisher B and …; compiled in …" */
  citation: (publishers: string[]) => string;
}

export interface ChartBundleInput {
  view: ChartView;
  format: Formatters;
  /** The sources the chart's figures cite, as the data describes them. */
  sources: Source[];
  /** The live view with the same filters and language; none for a dataset opened from the reader's files. */
  link: string | undefined;
  exportedAt: Date;
  dialect: CsvDialect;
  csvLabels: CsvLabels;
  labels: ChartBundleLabels;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** The regions the chart names, in its series' order; none when the data does not name them. */
export const chartRegions = (view: ChartView) => unique(view.series.flatMap((s) => s.regionName ?? []));

/** The mode a series is shown in: a growth rate stays as published whatever the chart's mode. */
const seriesMode = (view: ChartView, isModeApplied: boolean): ValueMode => (isModeApplied ? view.mode : 'absolute');

export function buildChartMetadata(input: ChartBundleInput, csvPath: string) {
  const { view, format, sources, labels } = input;
  return {
    chart: {
      title: view.title,
      subtitle: view.subtitle,
      notes: labels.notes,
      ...(input.link !== undefined && { originalChartUrl: input.link }),
      language: format.locale,
      citation: labels.readme.citation([...new Set(sources.map((s) => s.publisher))]),
    },
    filters: {
      from: view.from,
      to: view.to,
      valueMode: view.mode,
      valueModeName: labels.modeName,
      chartType: view.chartType,
      regions: chartRegions(view),
    },
    computation: {
      valueMode: view.mode,
      description: labels.computation,
      ...(view.series.some((s) => s.basePeriod !== undefined) && { basePeriod: view.series.find((s) => s.basePeriod !== undefined)?.basePeriod }),
    },
    series: view.series.map((series) => ({
      label: series.label,
      indicatorId: series.indicatorId,
      region: series.regionName ?? null,
      regionId: series.entityId ?? null,
      unit: series.unit,
      unitName: unitName(series, format),
      valueMode: seriesMode(view, series.isModeApplied),
      computedValues: series.points.filter((p) => p.value !== null && p.status === 'computed').length,
      publishedValues: series.points.filter((p) => p.value !== null && p.status !== 'computed').length,
      ...(series.basePeriod !== undefined && { basePeriod: series.basePeriod }),
      definitionChanges: series.breakPeriods ?? [],
      sourceIds: unique(series.points.filter((p) => p.value !== null).flatMap((p) => p.sourceIds)),
    })),
    sources: sources.map((source) => ({
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      date: source.date,
      url: source.url ?? null,
      grade: source.reliability,
      gradeName: labels.grade(source.reliability),
      ...(source.note !== undefined && { note: source.note }),
    })),
    csv: {
      path: csvPath,
      encoding: 'utf-8',
      byteOrderMark: true,
      header: true,
      delimiter: input.dialect.delimiter,
      decimalChar: input.dialect.decimalChar,
      lineTerminator: '\r\n',
      columns: input.csvLabels.header,
    },
    exportedAt: input.exportedAt.toISOString(),
    dateDownloaded: input.exportedAt.toISOString().slice(0, 10),
  };
}

export type ChartMetadata = ReturnType<typeof buildChartMetadata>;
