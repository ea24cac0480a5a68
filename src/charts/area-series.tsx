// A series as a filled area (loaded on demand: see series-marks.tsx).
import { Area } from 'recharts';
import { seriesDot, type SeriesProps } from './series-marks';

export default function AreaSeries(props: SeriesProps) {
  const { series, isAnimationActive, scale } = props;
  return (
    <Area
      dataKey={series.indicatorId}
      name={series.label}
      isAnimationActive={isAnimationActive}
      type="linear"
      stroke={series.color}
      strokeWidth={2 * scale}
      fill={series.color}
      fillOpacity={0.15}
      connectNulls={false}
      dot={seriesDot(props)}
      activeDot={{ r: 6 * scale }}
    />
  );
}
