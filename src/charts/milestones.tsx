// Dated milestones on a trend chart's time axis: which row each marks, and its label.
import { memo } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
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

/** A milestone's label: stepped down in three rows so neighbours don't overlap, leftwards near the right edge. */
function MilestoneLabel({ text, x, top, row, fontSize, color, isRightHalf }: { text: string; x: number; top: number; row: number; fontSize: number; color: string; isRightHalf: boolean }) {
  return (
    <text x={isRightHalf ? x - 4 : x + 4} y={top + fontSize * (1.2 + row * 1.3)} fontSize={fontSize} fill={color} textAnchor={isRightHalf ? 'end' : 'start'} data-milestone="">
      {text}
    </text>
  );
}

/**
 * The chart's milestones: a dashed line at each marked period, and its label, all in one layer
 * drawn from the x axis' scale. recharts' ReferenceLine would register each line in the chart's
 * store and re-add it on every render; on a category axis a line needs none of that.
 */
export const MilestoneLines = memo(function MilestoneLines({ marks, color, fontSize }: { marks: [string, string][]; color: string; fontSize: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || marks.length === 0) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="chart-milestones" data-milestones="">
        {marks.map(([period, label], index) => {
          const x = xScale(period, { position: 'middle' });
          if (x === undefined || !Number.isFinite(x)) return null;
          return (
            <g key={period}>
              <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={color} strokeDasharray="3 4" fill="none" />
              <MilestoneLabel text={label} x={x} top={plot.y} row={index % 3} fontSize={fontSize} color={color} isRightHalf={x > plot.x + plot.width * 0.55} />
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
});
