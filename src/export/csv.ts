// The chart's data as CSV: one row per period and series (an indicator, in a region), exactly the
// cells of the data table, with the region's name, the value both as shown and as a plain number in
// plain units (yuan, vehicles: not 亿元 or 万辆), its unit, status (computed by us, or as published),
// sources with their addresses, and a note: what a computed value was computed from,
// why a computed value is missing (a break in the definition among others), where the
// definition changes, and the dataset's own note. The first line is the header and nothing comes
// before it, so that every spreadsheet and parser reads the file; what the file is (title,
// filters, export date, link) is said in the metadata and README beside it (chart-bundle.ts).
// Each row carries its sources' addresses, so that a row copied elsewhere still says where its
// figure comes from.
import type { Qualifier } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import { chartPeriods, pointAt } from '../model/chart-rows';
import { toPlainUnits } from '../model/format';
import type { GapReason, ViewPoint } from '../model/view-point';
import { csvDialectFor, plainNumber, type CsvDialect } from './csv-dialect';

export interface CsvLabels {
  header: string[];
  status: (status: string) => string;
  noFigure: string;
  sourceLabel: (id: string) => string;
  /** The source's address (url), where the data gives one. */
  sourceUrl: (id: string) => string | undefined;
  /** The qualifier in the reader's words ("more than", "超过"), not its id. */
  qualifier: (qualifier: Qualifier) => string;
  /** "from the published figures of 2022 and 2025". */
  computedFrom: (periods: string[]) => string;
  /** Why a computed value is missing, in the table's words. */
  gapReason: (reason: GapReason) => string;
  /** Said at the period where a series changes definition. */
  breakBefore: string;
}

function noteOf(point: ViewPoint | undefined, labels: CsvLabels): string {
  if (!point) return '';
  const computedFrom = point.value !== null && point.inputs ? labels.computedFrom([...new Set(point.inputs.map((input) => input.period))]) : undefined;
  const gap = point.value === null && point.gapReason ? labels.gapReason(point.gapReason) : undefined;
  return [computedFrom, gap, point.isSeriesBreak ? labels.breakBefore : undefined, point.note].filter(Boolean).join(' · ');
}

/** "vehicles", "% y/y", "index (2023 = 100)": the unit of the plain value. */
export function unitName(series: ChartView['series'][number], format: Formatters): string {
  // An index has no unit word ("" beside a number); its name comes from the axis.
  const word = format.unitWord(series.unit) || format.axisLabel(series.unit);
  return series.basePeriod !== undefined ? `${word} (${series.basePeriod} = 100)` : word;
}

const COMMA_DIALECT: CsvDialect = { delimiter: ',', decimalChar: '.' };

/**
 * RFC 4180 quoting, around text that holds the separator, a quote or a line break. A number is
 * written plain, with the dialect's decimal mark. Text that a spreadsheet would run as a formula
 * (=, @, or + and - not followed by a digit) gets a leading apostrophe; signed numbers such as
 * "+36%" stay as they are.
 */
export function csvCell(value: string | number, dialect: CsvDialect = COMMA_DIALECT): string {
  if (typeof value === 'number') return plainNumber(value, dialect);
  const text = /^([=@\t\r]|[+-](?![\d.]))/.test(value) ? `'${value}` : value;
  return text.includes(dialect.delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(view: ChartView, format: Formatters, labels: CsvLabels, dialect: CsvDialect = csvDialectFor(format.locale)): string {
  const rows: (string | number)[][] = [labels.header];
  for (const period of chartPeriods(view.series, view.from, view.to)) {
    for (const series of view.series) {
      const point = pointAt(series, period);
      const value = point?.value ?? null;
      rows.push([
        period,
        series.label,
        series.regionName ?? '',
        series.indicatorId,
        value !== null ? format.qualified(value, series, point?.qualifier) : labels.noFigure,
        value !== null ? toPlainUnits(value, series.unit) : '',
        unitName(series, format),
        point?.qualifier ? labels.qualifier(point.qualifier) : '',
        value !== null && point ? labels.status(point.status) : '',
        value !== null && point ? point.sourceIds.map(labels.sourceLabel).join('; ') : '',
        value !== null && point ? point.sourceIds.flatMap((id) => labels.sourceUrl(id) ?? []).join(' ') : '',
        noteOf(point, labels),
      ]);
    }
  }
  // A byte-order mark lets Excel read the UTF-8 (source titles are partly Chinese).
  return `\ufeff${rows.map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter)).join('\r\n')}\r\n`;
}
