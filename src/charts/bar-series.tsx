// A series as bars (loaded on demand: see series-marks.tsx). One cell per row (period); bars of
// flagged values are hollow with a dashed outline.
import { Bar, Cell } from 'recharts';
import { pointAt } from '../model/chart-rows';
import { isFlagged } from '../model/view-point';
import type { SeriesProps } from './series-marks';
import { seriesKey } from '../model/regions';

export default function BarSeries({ series, periods, isAnimationActive, surface }: SeriesProps) {
  const cells = periods.map((period) => {
    const point = pointAt(series, period);
    const flagged = point ? isFlagged(point) : false;
    return <Cell key={period} fill={flagged ? surface : series.color} stroke={series.color} strokeWidth={flagged ? 2 : 0} strokeDasharray={flagged ? '4 3' : undefined} />;
  });
  return (
    <Bar dataKey={seriesKey(series)} name={series.label} isAnimationActive={isAnimationActive} fill={series.color} maxBarSize={36}>
      {cells}
    </Bar>
  );
}
