// Dated milestones on a trend chart's time axis: which row each marks, and its label.
import { usePlotArea } from 'recharts';
import type { ChartRow } from '../model/chart-rows';
import { yearOf } from '../model/period';

export interface ChartMilestone {
  year: number;
  label: string;
}

/** One marker per year, on the year's first row (its January in a monthly chart); milestones of the same year share it. */
export function milestonesByYear(milestones: ChartMilestone[], yearStarts: Map<number, string>): [string, string][] {
  const byYear = new Map<number, string[]>();
  for (const m of milestones) if (yearStarts.has(m.year)) byYear.set(m.year, [...(byYear.get(m.year) ?? []), m.label]);
  return [...byYear].flatMap(([year, labels]) => {
    const period = yearStarts.get(year);
    return period === undefined ? [] : [[period, labels.join(' · ')] as [string, string]];
  });
}

/** The first row of each year, in order. */
export function yearStartsOf(rows: ChartRow[]): Map<number, string> {
  const starts = new Map<number, string>();
  for (const row of rows) if (!starts.has(yearOf(row.period))) starts.set(yearOf(row.period), row.period);
  return starts;
}

/**
 * A milestone's label, beside its marker. Neighbouring years would overlap at the same height,
 * so labels step down in three rows; a label near the right edge is drawn leftwards.
 */
export function MilestoneLabel({ text, row, fontSize, color, viewBox }: { text: string; row: number; fontSize: number; color: string; viewBox?: { x?: number; y?: number } }) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + fontSize * (1.2 + row * 1.3);
  const isRightHalf = plot !== undefined && x > plot.x + plot.width * 0.55;
  return (
    <text x={isRightHalf ? x - 4 : x + 4} y={y} fontSize={fontSize} fill={color} textAnchor={isRightHalf ? 'end' : 'start'} data-milestone="">
      {text}
    </text>
  );
}
