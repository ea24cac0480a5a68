// A trend chart drawn from a ChartView: no fetching, no store, so the dashboard, an export and
// a slide all draw the same thing. Periods with no figure keep their place on the axis and break
// the line (connectNulls off): a gap is shown, never bridged. A long monthly series is thinned
// to the plot's width in pixels (model/downsample.ts); its table keeps every value.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ComposedChart, ResponsiveContainer } from 'recharts';
import { whenChartDrawn } from '../lib/chart-drawn';
import { isPlainEqual } from '../lib/plain-equal';
import { usePrefersReducedMotion } from '../lib/use-reduced-motion';
import { buildChartRows } from '../model/chart-rows';
import { downsampleRows } from '../model/downsample';
import { isMonthly } from '../model/period';
import { isFlagged } from '../model/view-point';
import { TooltipViewProvider, useChartParts } from './chart-parts';
import { CHART_COLORS, type ChartColors } from './chart-colors';
import { ChartLegend } from './chart-legend';
import type { ChartView } from './chart-types';
import { chartMilestoneLayout, MilestoneList, milestoneListLine, pageFontFamily, type ChartMilestone } from './milestones';
import { MAX_SEPARATE_MARKS } from './series-marks';
import type { Formatters } from './use-formatters';
import { seriesKey } from '../model/regions';

export type { ChartMilestone };

const NO_MILESTONES: ChartMilestone[] = [];

// The last size a responsive chart of each height was drawn at: ResponsiveContainer draws again
// when its `initialDimension` guess is wrong, and charts of one height share a width here.
const lastChartSizes = new Map<string, { width: number; height: number }>();

/** The narrowest plot the thinning plans for. */
const MIN_PLOT_WIDTH = 120;

/** The plot is the chart less its y axis and margins (chart-parts.tsx). */
const plotWidthFor = (chartWidth: number, fontSize: number) => Math.max(MIN_PLOT_WIDTH, chartWidth - fontSize * 6 - 24);
const plotLeftFor = (fontSize: number) => 8 + fontSize * 5.5;

function flaggedPeriodsOf(series: ChartView['series']): Set<string> | undefined {
  const periods = new Set(series.flatMap((s) => s.points.flatMap((p) => (p.value !== null && isFlagged(p) ? [p.period] : []))));
  return periods.size <= MAX_SEPARATE_MARKS ? periods : undefined;
}

/** The milestones a chart of this width draws as numbers, for an image to name beneath it, as the page does. */
export function numberedMilestones(view: ChartView, chartWidth: number, fontSize: number, milestones: ChartMilestone[]): string[] {
  const plotWidth = plotWidthFor(chartWidth, fontSize);
  const flagged = flaggedPeriodsOf(view.series);
  const rows = downsampleRows(buildChartRows(view.series, view.from, view.to), view.series.map(seriesKey), plotWidth, flagged && ((row) => flagged.has(row.period)));
  return chartMilestoneLayout(rows, milestones, { left: plotLeftFor(fontSize), width: plotWidth, isBand: view.chartType === 'bar' }, fontSize).listed.map(milestoneListLine);
}

// A chart whose view is equal by content is not drawn again: panels rebuild their views on every
// filter change, and recharts re-registers every line it redraws. `isAnimationActive` is read once.
function haveSameContent(before: TrendChartProps, after: TrendChartProps): boolean {
  const keys = (Object.keys({ ...before, ...after }) as (keyof TrendChartProps)[]).filter((key) => key !== 'isAnimationActive');
  return keys.every(
    (key) => Object.hasOwn(before, key) === Object.hasOwn(after, key) && (key === 'view' ? isPlainEqual(before.view, after.view) : Object.is(before[key], after[key])),
  );
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
  /** Default: animate the first drawing unless the reader prefers reduced motion. Read once, when the chart appears. */
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
  // Lines grow in when the chart first appears; a filter change redraws at once, since animating
  // it measures the paths (getTotalLength) in the same frame and keeps the next change waiting.
  const [firstView] = useState(view);
  // Settled when the chart appears: a caller that stops asking later does not cut an entrance short.
  const [animatesEntrance] = useState(isAnimationActiveProp);
  const isAnimationActive = (animatesEntrance ?? !prefersReducedMotion) && view === firstView;
  const allRows = useMemo(() => buildChartRows(view.series, view.from, view.to), [view.series, view.from, view.to]);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // Monthly charts follow their measured width (thinning, dense marks, year labels), and so do
  // charts with milestones (their labels' places); other yearly ones need not.
  const isMonthlyChart = allRows.some((row) => isMonthly(row.period));
  const hasMilestones = milestones.length > 0;
  const sizeKey = String(height);
  const [measuredWidth, setMeasuredWidth] = useState<number>();
  const onResize = useCallback(
    (w: number, h: number) => {
      if (w <= 0 || h <= 0) return; // hidden: keep the last real size
      lastChartSizes.set(sizeKey, { width: Math.round(w), height: Math.round(h) });
      if (isMonthlyChart || hasMilestones) setMeasuredWidth(Math.round(w));
    },
    [sizeKey, isMonthlyChart, hasMilestones],
  );
  // The plot is the chart less its y axis and margins: no more points than it has pixels.
  const plotWidth = plotWidthFor(width ?? measuredWidth ?? lastChartSizes.get(sizeKey)?.width ?? 600, fontSize);
  // Flagged values keep their rows through the thinning, so their marks are drawn (when few
  // enough to mark one by one; past that the whole line is flagged and its dots say so).
  const flaggedPeriods = useMemo(() => flaggedPeriodsOf(view.series), [view.series]);
  const rows = useMemo(
    () => downsampleRows(allRows, view.series.map(seriesKey), plotWidth, flaggedPeriods && ((row) => flaggedPeriods.has(row.period))),
    [allRows, view.series, plotWidth, flaggedPeriods],
  );
  // Drawn: its lines (bars, areas) are in the document; a chart with no figure at all has none
  // to wait for, nor has a bar chart of zeros (recharts draws no bar of height 0).
  const hasFigure = useMemo(
    () => view.series.some((s) => s.points.some((p) => p.value !== null && (view.chartType !== 'bar' || p.value !== 0))),
    [view.series, view.chartType],
  );
  useEffect(() => {
    const host = wrapperRef.current;
    if (!onDrawn || rows.length === 0) return;
    if (host && hasFigure) return whenChartDrawn(host, onDrawn);
    onDrawn();
  }, [rows, onDrawn, hasFigure]);
  const isBand = view.chartType === 'bar';
  // In the page the labels are drawn in the page's font; an image (a fixed width) sets its own.
  const fontFamily = width === undefined ? pageFontFamily() : undefined;
  const milestoneLayout = useMemo(
    () => chartMilestoneLayout(rows, milestones, { left: plotLeftFor(fontSize), width: plotWidth, isBand }, fontSize, fontFamily),
    [rows, milestones, plotWidth, fontSize, isBand, fontFamily],
  );
  const parts = useChartParts(view, rows, plotWidth, format, fontSize, colors, milestoneLayout, isAnimationActive);
  // The tooltip joins on the first pointer or focus (recharts keeps the pointer's place meanwhile):
  // mounted with every chart, it would measure itself and re-run its selectors on every change.
  const [isTooltipWanted, setTooltipWanted] = useState(false);
  const wantTooltip = useCallback(() => setTooltipWanted(true), []);
  const chart = (
    <TooltipViewProvider value={parts.tooltipView}>
      <ComposedChart
        data={rows}
        width={width}
        height={width === undefined || typeof height === 'string' ? undefined : height}
        margin={parts.margin}
        title={view.title}
        desc={description ?? view.subtitle}
      >
        {parts.grid}
        {parts.xAxis}
        {parts.yAxis}
        {isTooltipWanted && parts.tooltip}
        {parts.milestoneLines}
        {parts.series}
      </ComposedChart>
    </TooltipViewProvider>
  );
  if (width !== undefined) return chart;
  return (
    <div
      ref={wrapperRef}
      style={{ width: '100%', height }}
      className="flex flex-col"
      data-testid="trend-chart"
      onPointerEnter={isTooltipWanted ? undefined : wantTooltip}
      onFocus={isTooltipWanted ? undefined : wantTooltip}
    >
      <div className="min-h-0 flex-1">
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={lastChartSizes.get(sizeKey) ?? { width: 600, height: typeof height === 'number' ? height : 400 }}
          onResize={onResize}
        >
          {chart}
        </ResponsiveContainer>
      </div>
      <MilestoneList layout={milestoneLayout} fontSize={fontSize} color={colors.axis} />
      {showLegend && <ChartLegend series={view.series} fontSize={fontSize} color={colors.axis} />}
    </div>
  );
}, haveSameContent);
