// A series as bars (loaded on demand: see series-marks.tsx). One cell per row (year); bars of
// flagged values are hollow with a dashed outline.
import { Bar, Cell } from 'recharts';
import { pointAt } from '../model/chart-rows';
import { isFlagged } from '../model/view-point';
import type { SeriesProps } from './series-marks';

export default function BarSeries({ series, from, to, isAnimationActive, surface }: SeriesProps) {
  const cells = [];
  for (let year = from; year <= to; year++) {
    const point = pointAt(series, year);
    const flagged = point ? isFlagged(point) : false;
    cells.push(
      <Cell key={year} fill={flagged ? surface : series.color} stroke={series.color} strokeWidth={flagged ? 2 : 0} strokeDasharray={flagged ? '4 3' : undefined} />,
    );
  }
  return (
    <Bar dataKey={series.indicatorId} name={series.label} isAnimationActive={isAnimationActive} fill={series.color} maxBarSize={36}>
      {cells}
    </Bar>
  );
}
