// The parts of a TrendChart, memoised with their object and function props: recharts 3 copies
// its children's props into a store in effects, and a new reference re-runs that copy and its
// selectors. A part kept from the last render is redrawn once, from the store, when only the
// rows change, instead of once with the old rows and again with the new.
import { createContext, lazy, Suspense, useCallback, useContext, useMemo } from 'react';
import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '../model/chart-rows';
import { isMonthly, yearOf } from '../model/period';
import { niceTicks } from '../model/nice-scale';
import { AxisTitle, axisTickLabel } from './axis-tick';
import type { ChartColors } from './chart-colors';
import type { ChartView } from './chart-types';
import type { MilestoneLayout } from './milestone-layout';
import { milestoneBandHeight, MilestoneLines, yearStartsOf } from './milestones';
import { renderSeries } from './series-kinds';
import { denseFlaggedMarks, type SeriesProps } from './series-marks';
import type { Formatters } from './use-formatters';

// The tooltip is never in the first paint: its code loads on the first hover, or once idle.
const loadTooltip = () => import('./chart-tooltip');
const LazyChartTooltip = lazy(() => loadTooltip().then((module) => ({ default: module.ChartTooltip })));
if (typeof window !== 'undefined' && 'requestIdleCallback' in window) window.requestIdleCallback(() => void loadTooltip());

/** The chart the tooltip describes, in a context so the tooltip element outlives a range change. */
const TooltipViewContext = createContext<{ view: ChartView; format: Formatters } | null>(null);
export const TooltipViewProvider = TooltipViewContext.Provider;

/** What recharts gives the tooltip's content: shown only while active, so nothing waits on it. */
function ChartTooltipSlot({ active, label }: { active?: boolean; label?: string | number }) {
  const shown = useContext(TooltipViewContext);
  if (!active || label === undefined || !shown) return null;
  return (
    <Suspense fallback={null}>
      <LazyChartTooltip view={shown.view} format={shown.format} label={label} />
    </Suspense>
  );
}
const TOOLTIP = <Tooltip content={<ChartTooltipSlot />} />;

/** Room a year label needs on a monthly axis. */
const YEAR_LABEL_WIDTH = 44;

const yearLabel = (period: string) => period.slice(0, 4);

/** The chart's parts, each kept while what it shows is the same. */
export function useChartParts(
  view: ChartView,
  rows: ChartRow[],
  plotWidth: number,
  format: Formatters,
  fontSize: number,
  colors: ChartColors,
  milestoneLayout: MilestoneLayout,
  isAnimationActive: boolean,
) {
  const { unit, shortUnit, series: viewSeries } = view;
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
  // Milestone labels sit in a band above the plot, clear of every line of figures.
  const bandHeight = milestoneBandHeight(milestoneLayout, fontSize);
  const style = useMemo(() => {
    const tick = { fontSize, fill: colors.axis };
    return {
      tickLabel: axisTickLabel(tick),
      margin: { top: 8 + bandHeight, right: 16 + fontSize / 2, bottom: 4, left: 8 },
      yLabel: <AxisTitle text={format.axisLabel({ unit, shortUnit })} fontSize={fontSize} fill={colors.axis} />,
    };
  }, [fontSize, colors.axis, format, unit, shortUnit, bandHeight]);
  const tickFormatter = useCallback((value: number) => format.tick(value, unit), [format, unit]);
  const ticks = useMemo(() => niceTicks(viewSeries.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])))), [viewSeries]);
  const tooltipView = useMemo(() => ({ view, format }), [view, format]);
  const grid = useMemo(() => <CartesianGrid stroke={colors.grid} vertical={false} />, [colors.grid]);
  const xTickFormatter = xTicks ? yearLabel : undefined;
  const xAxis = useMemo(
    () => (
      <XAxis
        dataKey="period"
        type="category"
        tick={style.tickLabel}
        stroke={colors.axis}
        tickLine={false}
        height={fontSize * 2.5}
        ticks={xTicks}
        interval={xTicks ? 0 : undefined}
        tickFormatter={xTickFormatter}
      />
    ),
    [style.tickLabel, colors.axis, fontSize, xTicks, xTickFormatter],
  );
  const yAxis = useMemo(
    () => (
      <YAxis
        ticks={ticks.length > 0 ? ticks : undefined}
        domain={ticks.length > 0 ? [ticks[0] ?? 0, ticks.at(-1) ?? 'auto'] : undefined}
        interval={0}
        width={fontSize * 5.5}
        stroke={colors.axis}
        tick={style.tickLabel}
        tickFormatter={tickFormatter}
        label={style.yLabel}
      />
    ),
    [ticks, fontSize, colors.axis, style.tickLabel, style.yLabel, tickFormatter],
  );
  // Keyed on what the lines show, not on the rows: a year or mode change that keeps the same
  // milestones in the same places leaves them alone.
  const layoutKey = JSON.stringify(milestoneLayout);
  const milestoneLines = useMemo(
    () => <MilestoneLines layout={JSON.parse(layoutKey) as MilestoneLayout} color={colors.axis} fontSize={fontSize} />,
    [layoutKey, colors.axis, fontSize],
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
  return { margin: style.margin, grid, xAxis, yAxis, tooltip: TOOLTIP, tooltipView, milestoneLines, series };
}

