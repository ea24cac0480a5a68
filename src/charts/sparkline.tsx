// A small trend line for KPI cards. Fixed size, no axes, no animation: it must read at a glance
// and draw the same in tests, exports and slides.
import { memo } from 'react';
import { Line, LineChart } from 'recharts';
import type { ViewPoint } from '../model/view-point';

interface SparklineProps {
  points: ViewPoint[];
  color: string;
  label: string;
  width?: number;
  height?: number;
}

export const Sparkline = memo(function Sparkline({ points, color, label, width = 112, height = 36 }: SparklineProps) {
  const data = points.map((p) => ({ year: p.year, value: p.value }));
  return (
    <div role="img" aria-label={label} className="shrink-0">
      <LineChart width={width} height={height} data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <Line type="linear" dataKey="value" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </div>
  );
});
