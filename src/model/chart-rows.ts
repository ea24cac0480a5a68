// Rows for a recharts chart: one per year of the range, one column per series. A year with no
// figure keeps its row with a null value, so the axis shows the year and the line breaks.
import type { ViewSeries } from './value-modes';
import type { ViewPoint } from './view-point';

export type ChartRow = { year: number } & Record<string, number | null>;

export function buildChartRows(series: ViewSeries[], from: number, to: number): ChartRow[] {
  const rows: ChartRow[] = [];
  for (let year = from; year <= to; year++) {
    const row = { year } as ChartRow;
    for (const s of series) row[s.indicatorId] = s.points.find((p) => p.year === year)?.value ?? null;
    rows.push(row);
  }
  return rows;
}

/** The point behind a chart cell, for tooltips and marks. */
export function pointAt(series: ViewSeries, year: number): ViewPoint | undefined {
  return series.points.find((p) => p.year === year);
}

/** True when no series has a single value in the range. */
export const isEmptyView = (series: ViewSeries[]) => series.every((s) => s.points.every((p) => p.value === null));
