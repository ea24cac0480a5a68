// How one series is drawn in a TrendChart, shared by the line and the bar and area variants.
import { Curve, ReferenceDot, type DotItemDotProps, type LineDrawShapeProps } from 'recharts';
import { pointAt, pointInRow } from '../model/chart-rows';
import type { ChartSeries } from './chart-types';
import { PointMark } from './point-mark';
import { isFlagged } from '../model/view-point';
import { seriesKey } from '../model/regions';

export interface SeriesProps {
  series: ChartSeries;
  /** The periods of the rows drawn (after downsampling), in order. */
  periods: string[];
  /** More rows than room for a mark each: only flagged values keep one; the line carries the rest. */
  isDense: boolean;
  /** The flagged values are marked apart (denseFlaggedMarks): the line draws no dots. */
  hasSeparateMarks?: boolean;
  isAnimationActive: boolean;
  /** Grows lines and marks with the text, so a slide reads from the back of the room. */
  scale: number;
  /** Fill of hollow (flagged) marks: the chart's background. */
  surface: string;
}

/** The mark at each value, found in the row recharts hands it: it depends on the series' look alone. */
function seriesDot(key: string, color: string, scale: number, surface: string) {
  return function SeriesDot(props: DotItemDotProps) {
    const point = pointInRow(props.payload, key);
    return <PointMark key={`${key}-${props.index}`} cx={props.cx} cy={props.cy} radius={4 * scale} color={color} surface={surface} point={point} />;
  };
}

/**
 * Whether a line or area looks the same. What it draws comes from the chart's rows through
 * recharts' store, so when only the rows change the element is kept and redrawn once, from there.
 */
export function isSameSeriesLook(before: SeriesProps, after: SeriesProps): boolean {
  return (
    seriesKey(before.series) === seriesKey(after.series) &&
    before.series.label === after.series.label &&
    before.series.color === after.series.color &&
    before.isAnimationActive === after.isAnimationActive &&
    before.scale === after.scale &&
    before.surface === after.surface &&
    before.hasSeparateMarks === after.hasSeparateMarks
  );
}

/** More marks than this in a dense series and the line draws them with recharts' own dots. */
export const MAX_SEPARATE_MARKS = 60;

/**
 * A dense series' marks: its flagged values, and any figure alone between gaps (a line of one
 * point is invisible). recharts' dots cost a props object per row even where nothing is drawn.
 */
export function denseFlaggedMarks(props: SeriesProps) {
  const { series, periods, scale, surface } = props;
  const hasFigure = (period: string | undefined) => period !== undefined && (pointAt(series, period)?.value ?? null) !== null;
  const flagged = periods.flatMap((period, index) => {
    const point = pointAt(series, period);
    if (!point || point.value === null) return [];
    const isAlone = !hasFigure(periods[index - 1]) && !hasFigure(periods[index + 1]);
    return isFlagged(point) || isAlone ? [point] : [];
  });
  if (flagged.length > MAX_SEPARATE_MARKS) return null;
  return flagged.map((point) => (
    <ReferenceDot
      key={`${seriesKey(series)}-${point.period}`}
      x={point.period}
      y={point.value ?? 0}
      shape={(dot: { cx?: number; cy?: number }) => <PointMark cx={dot.cx} cy={dot.cy} radius={2.5 * scale} color={series.color} surface={surface} point={point} />}
    />
  ));
}

/** A line's path without the ref: recharts 3 measures the path (a forced layout) on every render for the entrance. */
export function StillCurve({ pathRef: _pathRef, animationElapsedTime: _elapsed, isAnimating: _isAnimating, isEntrance: _isEntrance, visibleLength: _visible, ...curve }: LineDrawShapeProps) {
  return <Curve {...curve} />;
}

/** What a line and an area share; called once per look, so the dot renderer keeps its identity. */
export function pathSeriesProps(props: SeriesProps) {
  const { series, isAnimationActive, scale, surface } = props;
  return {
    dataKey: seriesKey(series),
    name: series.label,
    isAnimationActive,
    type: 'linear' as const,
    stroke: series.color,
    connectNulls: false,
    dot: props.hasSeparateMarks ? (false as const) : seriesDot(seriesKey(series), series.color, scale, surface),
    activeDot: { r: 6 * scale },
  };
}
