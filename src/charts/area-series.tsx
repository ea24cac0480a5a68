// A series as a filled area (loaded on demand: see series-marks.tsx).
import { Area } from 'recharts';
import { pathSeriesProps, type SeriesProps } from './series-marks';

export default function AreaSeries(props: SeriesProps) {
  return <Area {...pathSeriesProps(props)} strokeWidth={2 * props.scale} fill={props.series.color} fillOpacity={0.15} />;
}
