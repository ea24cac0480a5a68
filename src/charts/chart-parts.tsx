// The props of a TrendChart that are objects or functions, memoised. recharts 3 copies its
// children's props into a store in effects, and a new reference, even with equal contents,
// re-runs that copy and the selectors behind it (the recharts performance guide; issue #7's
// profile): each part is rebuilt only when what it shows changes.
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ReferenceLine } from 'recharts';
import type { ChartRow } from '../model/chart-rows';
import { isMonthly, yearOf } from '../model/period';
import { AxisTitle, axisTickLabel } from './axis-tick';
import type { ChartColors } from './chart-colors';
import type { ChartTooltipProps } from './chart-tooltip';
import type { ChartView } from './chart-types';
import { MilestoneLabel, milestonesByYear, yearStartsOf, type ChartMilestone } from './milestones';
import { renderSeries } from './series-kinds';
import { denseFlaggedMarks, type SeriesProps } from './series-marks';
import type { Formatters } from './use-formatters';

// The tooltip shows on hover, never in the first paint: its code loads on the first hover, or
// once the page is idle (issue #7: entry bytes).
const loadTooltip = () => import('./chart-tooltip');
const LazyChartTooltip = lazy(() => loadTooltip().then((module) => ({ default: module.ChartTooltip })));
if (typeof window !== 'undefined' && 'requestIdleCallback' in window) window.requestIdleCallback(() => void loadTooltip());

/** What recharts gives the tooltip's content: shown only while active, so nothing waits on it. */
function ChartTooltipSlot(props: ChartTooltipProps) {
  if (!props.active || props.label === undefined) return null;
  return (
    <Suspense fallback={null}>
      <LazyChartTooltip {...props} />
    </Suspense>
  );
}

/** Room a year label needs on a monthly axis. */
const YEAR_LABEL_WIDTH = 44;

const yearLabel = (period: string) => period.slice(0, 4);

/** The chart's props that are objects or functions, kept stable while their inputs are. */
export function useChartParts(
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
  const tooltip = useMemo(() => <ChartTooltipSlot view={view} format={format} />, [view, format]);
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
  return { ...style, tickFormatter, tooltip, milestoneLines, series, xTicks, xTickFormatter: xTicks ? yearLabel : undefined };
}

