// The chart's data as CSV: one row per period and series (an indicator, in a region), exactly the
// cells of the data table, with the region's name, the value both as shown and as a plain number in
// plain units (yuan, vehicles: not 亿元 or 万辆), its unit, status and sources, and a note: what a computed value was computed from,
// why a computed value is missing (a break in the definition among others), where the
// definition changes, and the dataset's own note.
import type { Qualifier } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import { chartPeriods, pointAt } from '../model/chart-rows';
import { toPlainUnits } from '../model/format';
import type { GapReason, ViewPoint } from '../model/view-point';

export interface CsvLabels {
  header: string[];
  status: (status: string) => string;
  noFigure: string;
  sourceLabel: (id: string) => string;
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

/**
 * RFC 4180 quoting. Text that a spreadsheet would run as a formula (=, @, or + and - not
 * followed by a digit) gets a leading apostrophe; signed numbers such as "+36%" stay as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^([=@\t\r]|[+-](?![\d.]))/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(view: ChartView, format: Formatters, labels: CsvLabels): string {
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
        value !== null ? Number(toPlainUnits(value, series.unit).toPrecision(12)) : '',
        series.basePeriod !== undefined ? `${format.unitWord(series.unit)} (${series.basePeriod} = 100)` : format.unitWord(series.unit),
        point?.qualifier ? labels.qualifier(point.qualifier) : '',
        value !== null && point ? labels.status(point.status) : '',
        value !== null && point ? point.sourceIds.map(labels.sourceLabel).join('; ') : '',
        noteOf(point, labels),
      ]);
    }
  }
  // A byte-order mark lets Excel read the UTF-8 (source titles are partly Chinese).
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
