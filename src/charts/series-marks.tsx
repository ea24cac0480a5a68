// How one series is drawn in a TrendChart, shared by the line (in the first load) and the bar
// and area variants (bar-series.tsx, area-series.tsx: chunks of their own, loaded when a reader
// first picks them, since recharts' Bar and Area are 11 KB gzip the default line chart never uses).
import type { DotItemDotProps } from 'recharts';
import { pointAt } from '../model/chart-rows';
import type { ChartSeries } from './chart-types';
import { PointMark } from './point-mark';
import { isFlagged } from '../model/view-point';

export interface SeriesProps {
  series: ChartSeries;
  /** The periods of the rows drawn (after downsampling), in order. */
  periods: string[];
  /**
   * More rows than room for a mark on each (a 600-month series): only flagged values keep a
   * mark, since their difference must stay visible; the line carries the rest.
   */
  isDense: boolean;
  isAnimationActive: boolean;
  /** Grows lines and marks with the text, so a slide reads from the back of the room. */
  scale: number;
  /** Fill of hollow (flagged) marks: the chart's background. */
  surface: string;
}

/** The mark at each value: filled when reported, hollow when flagged. */
export function seriesDot({ series, scale, surface, isDense }: SeriesProps) {
  if (isDense && !series.points.some((p) => p.value !== null && isFlagged(p))) return false;
  return function SeriesDot(props: DotItemDotProps) {
    const row = props.payload as { period?: string } | undefined;
    const point = row?.period !== undefined ? pointAt(series, row.period) : undefined;
    if (isDense && (!point || !isFlagged(point))) return null;
    return (
      <PointMark key={`${series.indicatorId}-${props.index}`} cx={props.cx} cy={props.cy} radius={(isDense ? 2.5 : 4) * scale} color={series.color} surface={surface} point={point} />
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
