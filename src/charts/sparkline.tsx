// A small trend line for KPI cards: one slot per year of the range, so a missing year breaks
// the line as it does in the big chart, and a figure with no neighbour shows as a filled dot.
// Decorative for assistive technology: the card states the numbers in words.
import { memo } from 'react';
import { Line, LineChart, type DotItemDotProps } from 'recharts';
import type { ViewPoint } from '../model/view-point';

interface SparklineProps {
  points: ViewPoint[];
  from: number;
  to: number;
  color: string;
  width?: number;
  height?: number;
}

export const Sparkline = memo(function Sparkline({ points, from, to, color, width = 112, height = 36 }: SparklineProps) {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const data: { year: number; value: number | null }[] = [];
  for (let year = from; year <= to; year++) data.push({ year, value: byYear.get(year) ?? null });
  const isolated = (index: number) => data[index]?.value != null && data[index - 1]?.value == null && data[index + 1]?.value == null;
  const dot = ({ cx, cy, index }: DotItemDotProps) =>
    isolated(index) && cx !== undefined && cy !== undefined ? <circle key={index} cx={cx} cy={cy} r={2.5} fill={color} /> : <g key={index} />;
  return (
    <div aria-hidden="true" inert className="shrink-0">
      <LineChart width={width} height={height} data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <Line type="linear" dataKey="value" stroke={color} strokeWidth={2} dot={dot} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </div>
  );
});
