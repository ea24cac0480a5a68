// A series as a filled area (loaded on demand: see series-marks.tsx).
import { memo } from 'react';
import { Area } from 'recharts';
import { isSameSeriesLook, pathSeriesProps, type SeriesProps } from './series-marks';

function AreaSeries(props: SeriesProps) {
  return <Area {...pathSeriesProps(props)} strokeWidth={2 * props.scale} fill={props.series.color} fillOpacity={0.15} />;
}

export default memo(AreaSeries, isSameSeriesLook);
