// A trend chart drawn from a ChartView: no fetching, no store, so the dashboard, an export and
// a slide all draw the same thing. Periods with no figure keep their place on the axis and break
// the line (connectNulls off): a gap is shown, never bridged. A long monthly series is thinned
// to the plot's width in pixels (model/downsample.ts); its table keeps every value.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type RefObject } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { buildChartRows, type ChartRow } from '../model/chart-rows';
import { MilestoneLabel, milestonesByYear, yearStartsOf, type ChartMilestone } from './milestones';
import { downsampleRows } from '../model/downsample';
import { isMonthly, yearOf } from '../model/period';
import { useElementWidth } from '../lib/use-element-width';
import { niceTicks } from '../model/nice-scale';
import type { Formatters } from './use-formatters';
import { CHART_COLORS, type ChartColors } from './chart-colors';
import type { ChartView } from './chart-types';

export type { ChartMilestone };
const NO_MILESTONES: ChartMilestone[] = [];
import { ChartLegend } from './chart-legend';
import { ChartTooltip } from './chart-tooltip';
import { AxisTitle, axisTickLabel } from './axis-tick';
import { denseFlaggedMarks, MAX_SEPARATE_MARKS, pathSeriesProps, StillCurve, type SeriesProps } from './series-marks';
import { isFlagged } from '../model/view-point';
import { usePrefersReducedMotion } from '../lib/use-reduced-motion';


/**
 * The last size a responsive chart of each height was drawn at. ResponsiveContainer draws a new
 * chart at `initialDimension`, measures, and draws it all again if the guess was wrong: a second
 * full layout on every mount (an indicator that adds a chart, a panel scrolled into view; issue
 * #7's profile). Charts of one height share a width in this layout, so the last one seen is
 * right for the next.
 */
const lastChartSizes = new Map<string, { width: number; height: number }>();

/** The narrowest plot the thinning plans for. */
const MIN_PLOT_WIDTH = 120;
/** Room a year label needs on a monthly axis. */
const YEAR_LABEL_WIDTH = 44;


/**
 * Recharts 3.11 leaves its z-index layer groups in the Tab order (seven empty stops per chart;
 * recharts PR #6687 had fixed it, #7805 undid it). The chart surface itself stays focusable for
 * recharts' arrow-key tooltip.
 */
function useUntabbableLayers(ref: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const fix = () => host.querySelectorAll('g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((g) => g.setAttribute('tabindex', '-1'));
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(host, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

interface TrendChartProps {
  view: ChartView;
  format: Formatters;
  /** Pixels, or '100%' to fill a parent of definite height (slides). */
  height?: number | '100%';
  /** A fixed width (exports, slides); without it the chart fills its container. */
  width?: number;
  /** Tick and label size; exports for slides use larger text. */
  fontSize?: number;
  /** The key below the chart, in HTML; exports draw their own inside the image instead. */
  showLegend?: boolean;
  /** Default: animate the first drawing unless the reader prefers reduced motion. */
  isAnimationActive?: boolean;
  /** A sentence on the trend, read by screen readers as the chart's description. */
  description?: string;
  colors?: ChartColors;
  /** Dated milestones to mark on the time axis (already filtered to the chart's years). */
  milestones?: ChartMilestone[];
  /** Called once the chart has data on screen (performance marks). */
  onDrawn?: () => void;
}

export const TrendChart = memo(function TrendChart({
  view,
  format,
  height = 280,
  width,
  fontSize = 12,
  showLegend = true,
  isAnimationActive: isAnimationActiveProp,
  description,
  colors = CHART_COLORS.light,
  milestones = NO_MILESTONES,
  onDrawn,
}: TrendChartProps) {
  const prefersReducedMotion = usePrefersReducedMotion();
  // Lines grow in when the chart first appears; a filter change redraws at once. Animating each
  // change measured its paths in the same frame (getTotalLength) and kept the next change waiting.
  const [firstView] = useState(view);
  const isAnimationActive = (isAnimationActiveProp ?? !prefersReducedMotion) && view === firstView;
  const allRows = useMemo(() => buildChartRows(view.series, view.from, view.to), [view.series, view.from, view.to]);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // Monthly charts measure their width (for thinning, dense marks and year labels); yearly ones
  // need not. Until measured, the last width seen for this height is the guess.
  const isMonthlyChart = allRows.some((row) => isMonthly(row.period));
  const measuredWidth = useElementWidth(wrapperRef, width === undefined && isMonthlyChart);
  // The plot is the chart less its y axis and margins: no more points than it has pixels.
  const plotWidth = Math.max(MIN_PLOT_WIDTH, (width ?? measuredWidth ?? lastChartSizes.get(String(height))?.width ?? 600) - fontSize * 6 - 24);
  // Flagged values keep their rows through the thinning, so their marks are drawn (when few
  // enough to mark one by one; past that the whole line is flagged and its dots say so).
  const flaggedPeriods = useMemo(() => {
    const periods = new Set(view.series.flatMap((s) => s.points.flatMap((p) => (p.value !== null && isFlagged(p) ? [p.period] : []))));
    return periods.size <= MAX_SEPARATE_MARKS ? periods : undefined;
  }, [view.series]);
  const rows = useMemo(
    () => downsampleRows(allRows, view.series.map((s) => s.indicatorId), plotWidth, flaggedPeriods && ((row) => flaggedPeriods.has(row.period))),
    [allRows, view.series, plotWidth, flaggedPeriods],
  );
  const ticks = useMemo(() => niceTicks(view.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])))), [view.series]);
  const yDomain = useMemo(() => (ticks.length > 0 ? [ticks[0] ?? 0, ticks.at(-1) ?? 'auto'] as [number, number | 'auto'] : undefined), [ticks]);
  useEffect(() => {
    if (rows.length > 0) onDrawn?.();
  }, [rows, onDrawn]);
  useUntabbableLayers(wrapperRef);
  // Every object and function below is memoised: recharts 3 copies its children's props into a
  // store in effects, and a new reference, even with equal contents, re-runs that copy and the
  // selectors behind it (the recharts performance guide; the profile of issue #7).
  const parts = useChartParts(view, rows, plotWidth, format, fontSize, colors, milestones, isAnimationActive);
  const chart = (
    <ComposedChart
      data={rows}
      width={width}
      height={width === undefined || typeof height === 'string' ? undefined : height}
      margin={parts.margin}
      title={view.title}
      desc={description ?? view.subtitle}
    >
      <CartesianGrid stroke={colors.grid} vertical={false} />
      <XAxis
        dataKey="period"
        type="category"
        tick={parts.tickLabel}
        stroke={colors.axis}
        tickLine={false}
        height={fontSize * 2.5}
        ticks={parts.xTicks}
        interval={parts.xTicks ? 0 : undefined}
        tickFormatter={parts.xTicks ? yearLabel : undefined}
      />
      <YAxis
        ticks={ticks.length > 0 ? ticks : undefined}
        domain={yDomain}
        interval={0}
        width={fontSize * 5.5}
        stroke={colors.axis}
        tick={parts.tickLabel}
        tickFormatter={parts.tickFormatter}
        label={parts.yLabel}
      />
      <Tooltip content={parts.tooltip} />
      {parts.milestoneLines}
      {parts.series}
    </ComposedChart>
  );
  if (width !== undefined) return chart;
  const sizeKey = String(height);
  return (
    <div ref={wrapperRef} style={{ width: '100%', height }} className="flex flex-col" data-testid="trend-chart">
      <div className="min-h-0 flex-1">
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={lastChartSizes.get(sizeKey) ?? { width: 600, height: typeof height === 'number' ? height : 400 }}
          onResize={(w, h) => w > 0 && h > 0 && lastChartSizes.set(sizeKey, { width: Math.round(w), height: Math.round(h) })}
        >
          {chart}
        </ResponsiveContainer>
      </div>
      {showLegend && <ChartLegend series={view.series} fontSize={fontSize} color={colors.axis} />}
    </div>
  );
});

/** The chart's props that are objects or functions, kept stable while their inputs are. */
function useChartParts(
  view: ChartView,
  rows: ChartRow[],
  plotWidth: number,
  format: Formatters,
  fontSize: number,
  colors: ChartColors,
  milestones: ChartMilestone[],
  isAnimationActive: boolean,
) {
  const { unit, series: viewSeries } = view;
  const yearStarts = useMemo(() => yearStartsOf(rows), [rows]);
  // A monthly axis is labelled at years, as many as fit: every year, or every second, fifth...
  const xTicks = useMemo(() => {
    if (!rows.some((row) => isMonthly(row.period))) return undefined;
    const starts = [...yearStarts.values()];
    const step = Math.max(1, Math.ceil((starts.length * YEAR_LABEL_WIDTH * (fontSize / 12)) / plotWidth));
    return starts.filter((period) => yearOf(period) % step === 0 || step === 1);
  }, [rows, yearStarts, plotWidth, fontSize]);
  const periods = useMemo(() => rows.map((row) => row.period), [rows]);
  // A mark per point needs room: past one per 8 pixels only flagged values keep theirs.
  const isDense = rows.length > plotWidth / 8;
  const style = useMemo(() => {
    const tick = { fontSize, fill: colors.axis };
    return {
      tickLabel: axisTickLabel(tick),
      margin: { top: 8, right: 16 + fontSize / 2, bottom: 4, left: 8 },
      yLabel: <AxisTitle text={format.axisLabel(unit)} fontSize={fontSize} fill={colors.axis} />,
    };
  }, [fontSize, colors.axis, format, unit]);
  const tickFormatter = useCallback((value: number) => format.tick(value, unit), [format, unit]);
  const tooltip = useMemo(() => <ChartTooltip view={view} format={format} />, [view, format]);
  // Keyed on what the lines show, not on the rows: recharts' ReferenceLine removes and re-adds
  // itself in its store on every render it gets (an effect without dependencies), and each of
  // those re-runs every selector of the chart; a year or mode change that keeps the same
  // milestones must not re-render them (issue #7's profile: 12 ms a change).
  const markedKey = JSON.stringify(milestonesByYear(milestones, yearStarts));
  const milestoneLines = useMemo(
    () =>
      (JSON.parse(markedKey) as [string, string][]).map(([period, label], index) => (
        <ReferenceLine
          key={`milestone-${period}`}
          x={period}
          stroke={colors.axis}
          strokeDasharray="3 4"
          ifOverflow="extendDomain"
          label={<MilestoneLabel text={label} row={index % 3} fontSize={fontSize * 0.9} color={colors.axis} />}
        />
      )),
    [markedKey, colors.axis, fontSize],
  );
  const series = useMemo(
    () =>
      viewSeries.flatMap((s) => {
        const props: SeriesProps = { series: s, periods, isDense, isAnimationActive, scale: fontSize / 12, surface: colors.surface };
        const marks = isDense && view.chartType !== 'bar' ? denseFlaggedMarks(props) : null;
        return [renderSeries({ ...props, hasSeparateMarks: marks !== null }, view.chartType), ...(marks ?? [])];
      }),
    [viewSeries, periods, isDense, view.chartType, isAnimationActive, fontSize, colors.surface],
  );
  return { ...style, tickFormatter, tooltip, milestoneLines, series, xTicks };
}

// Bar and area code loads on first use. Once loaded, the components are used directly rather
// than through lazy(), which suspends at least once per new root: an export's off-screen
// drawing must be complete in one go (preloadSeriesKinds). Should the code fail to arrive
// (offline, a stale tab after a release), the series is drawn as a line rather than not at all.
const loaded: { bar?: ComponentType<SeriesProps>; area?: ComponentType<SeriesProps> } = {};
const loadBar = () => import('./bar-series').then((module) => (loaded.bar = module.default));
const loadArea = () => import('./area-series').then((module) => (loaded.area = module.default));
const orLine = (load: () => Promise<ComponentType<SeriesProps>>) => () => load().catch(() => LineSeries).then((component) => ({ default: component }));
const LazyBarSeries = lazy(orLine(loadBar));
const LazyAreaSeries = lazy(orLine(loadArea));

/** Loads the bar and area variants ahead of a drawing that must be complete at once (exports). */
export const preloadSeriesKinds = () => Promise.allSettled([loadBar(), loadArea()]);

function LineSeries(props: SeriesProps) {
  return <Line {...pathSeriesProps(props)} strokeWidth={2.5 * props.scale} shape={props.isAnimationActive ? undefined : StillCurve} />;
}

const yearLabel = (period: string) => period.slice(0, 4);

function renderSeries(props: SeriesProps, chartType: ChartView['chartType']) {
  const key = props.series.indicatorId;
  if (chartType === 'line') return <LineSeries key={key} {...props} />;
  const Variant = chartType === 'bar' ? loaded.bar : loaded.area;
  if (Variant) return <Variant key={key} {...props} />;
  const LazyVariant = chartType === 'bar' ? LazyBarSeries : LazyAreaSeries;
  return (
    <Suspense key={key} fallback={null}>
      <LazyVariant {...props} />
    </Suspense>
  );
}
