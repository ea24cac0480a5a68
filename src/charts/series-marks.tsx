// How one series is drawn in a TrendChart, shared by the line (in the first load) and the bar
// and area variants (bar-series.tsx, area-series.tsx: chunks of their own, loaded when a reader
// first picks them, since recharts' Bar and Area are 11 KB gzip the default line chart never uses).
import { Curve, ReferenceDot, type DotItemDotProps, type LineDrawShapeProps } from 'recharts';
import { pointAt, pointInRow } from '../model/chart-rows';
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
  /** The flagged values are marked apart (denseFlaggedMarks): the line draws no dots. */
  hasSeparateMarks?: boolean;
  isAnimationActive: boolean;
  /** Grows lines and marks with the text, so a slide reads from the back of the room. */
  scale: number;
  /** Fill of hollow (flagged) marks: the chart's background. */
  surface: string;
}

/**
 * The mark at each value: filled when reported, hollow when flagged. It finds its point in the
 * row recharts hands it, so it depends on the series' look alone, not on its points.
 */
export function seriesDot(indicatorId: string, color: string, scale: number, surface: string) {
  return function SeriesDot(props: DotItemDotProps) {
    const point = pointInRow(props.payload, indicatorId);
    return <PointMark key={`${indicatorId}-${props.index}`} cx={props.cx} cy={props.cy} radius={4 * scale} color={color} surface={surface} point={point} />;
  };
}

/**
 * Whether a line or area looks the same: its key, name, colour, marks and animation. What it
 * draws comes from the chart's rows, through recharts' store, not through these props; so when
 * only the rows change (another year range, another value mode) the series element is kept and
 * recharts redraws it once, from its store, instead of once with the old rows and again with
 * the new (issue #7's profile).
 */
export function isSameSeriesLook(before: SeriesProps, after: SeriesProps): boolean {
  return (
    before.series.indicatorId === after.series.indicatorId &&
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
 * A dense series' marks, each a ReferenceDot: its flagged values, and any figure with no figure
 * beside it (a line of one point is invisible). recharts' dots cost a props object per row even
 * where nothing is drawn (29 ms a change at 600 months, issue #7's profile), so the line goes
 * without them and these few are marked on their own.
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
      key={`${series.indicatorId}-${point.period}`}
      x={point.period}
      y={point.value ?? 0}
      shape={(dot: { cx?: number; cy?: number }) => <PointMark cx={dot.cx} cy={dot.cy} radius={2.5 * scale} color={series.color} surface={surface} point={point} />}
    />
  ));
}

/**
 * A line's path without the ref (for Line's `shape` once the line has grown in). recharts 3 measures a line's path (getTotalLength, a
 * forced layout) on every render for the entrance animation; once the line is drawn nothing
 * needs it, and at 600 points it was 11 ms a filter change (issue #7's profile).
 */
export function StillCurve({ pathRef: _pathRef, animationElapsedTime: _elapsed, isAnimating: _isAnimating, isEntrance: _isEntrance, visibleLength: _visible, ...curve }: LineDrawShapeProps) {
  return <Curve {...curve} />;
}

/**
 * What a line and an area share: the series' key, name, stroke, marks and gaps kept open.
 * Called once per look (isSameSeriesLook): the dot renderer and activeDot keep their identity.
 */
export function pathSeriesProps(props: SeriesProps) {
  const { series, isAnimationActive, scale, surface } = props;
  return {
    dataKey: series.indicatorId,
    name: series.label,
    isAnimationActive,
    type: 'linear' as const,
    stroke: series.color,
    connectNulls: false,
    // Dense: too many rows for a mark each; flagged values get theirs from denseFlaggedMarks.
    dot: props.hasSeparateMarks ? (false as const) : seriesDot(series.indicatorId, series.color, scale, surface),
    activeDot: { r: 6 * scale },
  };
}
