// A small trend line for KPI cards, decorative for assistive technology (the card states the
// numbers in words). Plain SVG, not recharts: a card needs no axes, tooltip or store, and a
// recharts chart per card would re-render through its own store on every filter change.
import { memo } from 'react';
import type { ViewPoint } from '../model/view-point';
import { sparklineShape } from './sparkline-shape';

interface SparklineProps {
  points: ViewPoint[];
  from: number;
  to: number;
  color: string;
  width?: number;
  height?: number;
}

export const Sparkline = memo(function Sparkline({ points, from, to, color, width = 112, height = 36 }: SparklineProps) {
  const { path, dots } = sparklineShape(points, from, to, { width, height, inset: 4 });
  return (
    // Narrows beside a long figure (a national total in French, "140 187,9 Md yuans") rather than leave its card.
    <div aria-hidden="true" inert className="min-w-0 shrink">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="h-auto max-w-full" data-testid="sparkline">
        {path && <path d={path} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />}
        {dots.map(([x, y]) => (
          <circle key={`${x},${y}`} cx={x} cy={y} r={2.5} fill={color} />
        ))}
      </svg>
    </div>
  );
});
