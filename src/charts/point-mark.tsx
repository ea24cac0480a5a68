// The mark for one value: filled for a reported figure, hollow for anything flagged (estimate,
// bound, part of a year, computed by us). Shape, not colour alone, carries the difference.
import type { ViewPoint } from '../model/view-point';
import { isFlagged } from '../model/view-point';

interface PointMarkProps {
  cx?: number;
  cy?: number;
  radius: number;
  color: string;
  /** Fill of a hollow mark: the chart's background. */
  surface: string;
  point: ViewPoint | undefined;
}

export function PointMark({ cx, cy, radius, color, surface, point }: PointMarkProps) {
  if (cx === undefined || cy === undefined || !point || point.value === null || Number.isNaN(cy)) return null;
  const flagged = isFlagged(point);
  return (
    <circle
      cx={cx}
      cy={cy}
      r={flagged ? radius * 1.1 : radius}
      fill={flagged ? surface : color}
      stroke={color}
      strokeWidth={radius / 2}
      data-status={point.status}
      data-flagged={flagged ? 'true' : 'false'}
    />
  );
}
