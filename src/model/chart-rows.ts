// Rows for a recharts chart: one per period of the range (year, or month for monthly series),
// one column per series. A period with no figure keeps its row with a null value, so the axis
// shows it and the line breaks.
import { hasMonthlyPoints, periodsInRange } from './period';
import type { ViewSeries } from './value-modes';
import type { ViewPoint } from './view-point';
import { seriesKey } from './regions';

/** `period` is the x value; every other key is a series' value (null: no figure), under its seriesKey. */
export type ChartRow = Record<string, number | string | null> & { period: string };

/** The periods a group of series is drawn over: its years, or its months. */
export const chartPeriods = (series: ViewSeries[], from: number, to: number) => periodsInRange(from, to, hasMonthlyPoints(series));

// Each row's points, by series: a mark finds its point in the row recharts hands it, so the line
// drawing it keeps the same props from one range to the next (series-marks.tsx).
const rowPoints = new WeakMap<ChartRow, Map<string, ViewPoint>>();

export function buildChartRows(series: ViewSeries[], from: number, to: number): ChartRow[] {
  return chartPeriods(series, from, to).map((period) => {
    const row: ChartRow = { period };
    const points = new Map<string, ViewPoint>();
    for (const s of series) {
      const point = pointAt(s, period);
      const key = seriesKey(s);
      row[key] = point?.value ?? null;
      if (point) points.set(key, point);
    }
    rowPoints.set(row, points);
    return row;
  });
}

/** The point behind a row's cell (a row from buildChartRows, as recharts hands it to a mark), by series key. */
export const pointInRow = (row: unknown, key: string): ViewPoint | undefined =>
  typeof row === 'object' && row !== null ? rowPoints.get(row as ChartRow)?.get(key) : undefined;

// Tooltips, marks, tables and exports look a point up by period for every row: a Map per points
// array keeps that linear at 600 months (a find() per row would be quadratic).
const indexes = new WeakMap<ViewPoint[], Map<string, ViewPoint>>();

/** The point behind a chart cell, for tooltips and marks. */
export function pointAt(series: ViewSeries, period: string): ViewPoint | undefined {
  let index = indexes.get(series.points);
  if (!index) {
    index = new Map(series.points.map((p) => [p.period, p]));
    indexes.set(series.points, index);
  }
  return index.get(period);
}

/** True when no series has a single value in the range. */
export const isEmptyView = (series: ViewSeries[]) => series.every((s) => s.points.every((p) => p.value === null));

/** True when a gap says why it is one (no share on the same basis, say): the table can explain an empty chart year by year. */
export const hasGapReasons = (series: ViewSeries[]) => series.some((s) => s.points.some((p) => p.gapReason !== undefined));
