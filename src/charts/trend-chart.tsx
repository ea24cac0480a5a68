// A trend chart drawn from a ChartView: no fetching, no store, so the dashboard, an export and
// a slide all draw the same thing. Years with no figure keep their place on the axis and break
// the line (connectNulls off): a gap is shown, never bridged.
import { memo, useEffect, useMemo } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { buildChartRows, pointAt } from '../model/chart-rows';
import { isFlagged } from '../model/view-point';
import type { Formatters } from './use-formatters';
import type { ChartSeries, ChartView } from './chart-types';
import { ChartTooltip } from './chart-tooltip';
import { PointMark } from './point-mark';

interface TrendChartProps {
  view: ChartView;
  format: Formatters;
  height?: number;
  /** A fixed width (exports, slides); without it the chart fills its container. */
  width?: number;
  /** Tick and label size; exports for slides use larger text. */
  fontSize?: number;
  /** Recharts draws its legend as HTML outside the SVG: exports draw their own instead. */
  showLegend?: boolean;
  isAnimationActive?: boolean;
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
  isAnimationActive = true,
  onDrawn,
}: TrendChartProps) {
  const rows = useMemo(() => buildChartRows(view.series, view.from, view.to), [view.series, view.from, view.to]);
  useEffect(() => {
    if (rows.length > 0) onDrawn?.();
  }, [rows, onDrawn]);
  const unit = view.unit;
  const tick = { fontSize, fill: '#475569' };
  const chart = (
    <ComposedChart
      data={rows}
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 8, right: 16 + fontSize / 2, bottom: 4, left: 8 }}
      title={view.title}
      desc={view.subtitle}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="year" type="category" tick={tick} tickLine={false} height={fontSize * 2.5} />
      <YAxis
        width={fontSize * 5.5}
        tick={tick}
        tickFormatter={(value: number) => format.tick(value, unit)}
        label={{ value: format.axisLabel(unit), angle: -90, position: 'insideLeft', offset: 0, style: { ...tick, textAnchor: 'middle' } }}
      />
      <Tooltip content={<ChartTooltip view={view} format={format} />} />
      {showLegend && <Legend wrapperStyle={{ fontSize }} />}
      {view.series.map((series) => renderSeries(series, view, isAnimationActive, fontSize / 12))}
    </ComposedChart>
  );
  if (width !== undefined) return chart;
  return (
    <div style={{ width: '100%', height }} data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        {chart}
      </ResponsiveContainer>
    </div>
  );
});

/** `scale` grows lines and marks with the text, so a slide reads from the back of the room. */
function renderSeries(series: ChartSeries, view: ChartView, isAnimationActive: boolean, scale: number) {
  const key = series.indicatorId;
  const common = { dataKey: series.indicatorId, name: series.label, isAnimationActive };
  const chartType = view.chartType;
  if (chartType === 'bar') {
    return (
      <Bar key={key} {...common} fill={series.color} maxBarSize={36}>
        {barCells(series, view.from, view.to)}
      </Bar>
    );
  }
  const dot = (props: DotItemDotProps) => {
    const row = props.payload as { year?: number } | undefined;
    return (
      <PointMark key={`${series.indicatorId}-${props.index}`} cx={props.cx} cy={props.cy} radius={4 * scale} color={series.color} point={row?.year !== undefined ? pointAt(series, row.year) : undefined} />
    );
  };
  if (chartType === 'area') {
    return <Area key={key} {...common} type="linear" stroke={series.color} strokeWidth={2 * scale} fill={series.color} fillOpacity={0.15} connectNulls={false} dot={dot} activeDot={{ r: 6 * scale }} />;
  }
  return <Line key={key} {...common} type="linear" stroke={series.color} strokeWidth={2.5 * scale} connectNulls={false} dot={dot} activeDot={{ r: 6 * scale }} />;
}

/** One cell per row (year); bars of flagged values are hollow with a dashed outline. */
function barCells(series: ChartSeries, from: number, to: number) {
  const cells = [];
  for (let year = from; year <= to; year++) {
    const point = pointAt(series, year);
    const flagged = point ? isFlagged(point) : false;
    cells.push(
      <Cell
        key={year}
        fill={flagged ? '#ffffff' : series.color}
        stroke={series.color}
        strokeWidth={flagged ? 2 : 0}
        strokeDasharray={flagged ? '4 3' : undefined}
      />,
    );
  }
  return cells;
}
