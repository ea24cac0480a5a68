// How one series is drawn in a TrendChart, shared by the line (in the first load) and the bar
// and area variants (bar-series.tsx, area-series.tsx: chunks of their own, loaded when a reader
// first picks them, since recharts' Bar and Area are 11 KB gzip the default line chart never uses).
import type { DotItemDotProps } from 'recharts';
import { pointAt } from '../model/chart-rows';
import type { ChartSeries } from './chart-types';
import { PointMark } from './point-mark';

export interface SeriesProps {
  series: ChartSeries;
  from: number;
  to: number;
  isAnimationActive: boolean;
  /** Grows lines and marks with the text, so a slide reads from the back of the room. */
  scale: number;
  /** Fill of hollow (flagged) marks: the chart's background. */
  surface: string;
}

/** The mark at each value: filled when reported, hollow when flagged. */
export function seriesDot({ series, scale, surface }: SeriesProps) {
  return function SeriesDot(props: DotItemDotProps) {
    const row = props.payload as { year?: number } | undefined;
    return (
      <PointMark key={`${series.indicatorId}-${props.index}`} cx={props.cx} cy={props.cy} radius={4 * scale} color={series.color} surface={surface} point={row?.year !== undefined ? pointAt(series, row.year) : undefined} />
    );
  };
}

/** What a line and an area share: the series' key, name, stroke, marks and gaps kept open. */
export function pathSeriesProps(props: SeriesProps) {
  const { series, isAnimationActive, scale } = props;
  return {
    dataKey: series.indicatorId,
    name: series.label,
    isAnimationActive,
    type: 'linear' as const,
    stroke: series.color,
    connectNulls: false,
    dot: seriesDot(props),
    activeDot: { r: 6 * scale },
  };
}
