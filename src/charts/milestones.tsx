// Dated milestones on a trend chart's time axis: which row each marks, where its label goes
// (milestone-layout.ts), and the layer that draws them.
import { memo } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { ChartRow } from '../model/chart-rows';
import { yearOf } from '../model/period';
import { measureText } from '../export/text-layout';
import { layoutMilestones, milestoneRowHeight, type MilestoneLayout } from './milestone-layout';

export interface ChartMilestone {
  year: number;
  label: string;
  /** The indicator it concerns; absent: every chart of its panel. */
  indicatorId?: string;
}

/** One marker per year, on the year's first row (its January in a monthly chart); milestones of the same year share it. */
function milestonesByYear(milestones: ChartMilestone[], yearStarts: Map<number, string>): [string, string][] {
  const byYear = new Map<number, string[]>();
  for (const m of milestones) if (yearStarts.has(m.year)) byYear.set(m.year, [...(byYear.get(m.year) ?? []), m.label]);
  return [...byYear].flatMap(([year, labels]) => {
    const period = yearStarts.get(year);
    return period === undefined ? [] : [[period, labels.join(' · ')] as [string, string]];
  });
}

/** The first row of each year, in order. */
export function yearStartsOf(rows: ChartRow[]): Map<number, string> {
  const starts = new Map<number, string>();
  for (const row of rows) if (!starts.has(yearOf(row.period))) starts.set(yearOf(row.period), row.period);
  return starts;
}

/** Milestone labels are a little smaller than the ticks. */
const milestoneFontSize = (fontSize: number) => fontSize * 0.9;

/** Rows of labels a chart stacks at most above its plot. */
const MAX_LABEL_ROWS = 3;

/**
 * Where a row sits on the chart's category axis, as recharts places it: bars in the middle of
 * equal bands, lines and areas on points from edge to edge (a lone point in the middle).
 */
function rowX(index: number, count: number, plotLeft: number, plotWidth: number, isBand: boolean): number {
  if (isBand) return plotLeft + (plotWidth / Math.max(1, count)) * (index + 0.5);
  return count <= 1 ? plotLeft + plotWidth / 2 : plotLeft + (plotWidth / (count - 1)) * index;
}

let pageFont: string | undefined;

/** The page's own font, which the chart's text inherits in the page (not in an exported image); read once, as it never changes. */
export function pageFontFamily(): string | undefined {
  if (pageFont === undefined && typeof document !== 'undefined') pageFont = getComputedStyle(document.documentElement).fontFamily || undefined;
  return pageFont;
}

/**
 * Where the labels of a chart's milestones go, given the plot's place in the chart, measured in
 * the font they are drawn in (`fontFamily`; the exported image's when absent), with a little to
 * spare for the rendering's rounding.
 */
export function chartMilestoneLayout(rows: ChartRow[], milestones: ChartMilestone[], plot: { left: number; width: number; isBand: boolean }, fontSize: number, fontFamily?: string): MilestoneLayout {
  const index = new Map(rows.map((row, i) => [row.period, i]));
  const marks = milestonesByYear(milestones, yearStartsOf(rows)).map(([period, text]) => ({ period, text, x: rowX(index.get(period) ?? 0, rows.length, plot.left, plot.width, plot.isBand) }));
  return layoutMilestones(marks, { left: plot.left, right: plot.left + plot.width, fontSize: milestoneFontSize(fontSize), maxRows: MAX_LABEL_ROWS, measure: (text, size) => measureText(text, size, 400, fontFamily) * 1.04 + 1 });
}

/** The room the labels take above the plot. */
export const milestoneBandHeight = (layout: MilestoneLayout, fontSize: number) => (layout.rows === 0 ? 0 : layout.rows * milestoneRowHeight(milestoneFontSize(fontSize)) + 2);

/**
 * The chart's milestones: a dashed line at each marked period, up to its label, all in one layer
 * drawn from the x axis' scale. recharts' ReferenceLine would register each line in the chart's
 * store and re-add it on every render; on a category axis a line needs none of that.
 */
export const MilestoneLines = memo(function MilestoneLines({ layout, color, fontSize }: { layout: MilestoneLayout; color: string; fontSize: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot || layout.placed.length === 0) return null;
  const size = milestoneFontSize(fontSize);
  const rowHeight = milestoneRowHeight(size);
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="chart-milestones" data-milestones="">
        {/* The plot's box, unpainted: browser tests check labels against it. */}
        <rect data-milestone-plot="" x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke="none" pointerEvents="none" />
        {layout.placed.map((label) => {
          const x = xScale(label.period, { position: 'middle' });
          if (x === undefined || !Number.isFinite(x)) return null;
          // The layout planned from the chart's size; the scale has the last word, by a pixel or so.
          const shift = x - label.x;
          const baseline = plot.y - 2 - label.row * rowHeight - size * 0.3;
          const textX = shift + (label.anchor === 'start' ? label.left : label.anchor === 'end' ? label.right : (label.left + label.right) / 2);
          // Beside its label the line rises to the label's top; under a centred one it stops below it.
          const lineTop = label.anchor === 'middle' ? baseline + size * 0.35 : baseline - size * 0.8;
          return (
            <g key={label.period}>
              <line x1={x} x2={x} y1={lineTop} y2={plot.y + plot.height} stroke={color} strokeDasharray="3 4" fill="none" />
              <text x={textX} y={baseline} fontSize={size} fill={color} textAnchor={label.anchor} fontWeight={label.number === undefined ? undefined : 700} data-milestone="" data-milestone-number={label.number}>
                {label.text}
              </text>
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
});

/** The milestones shown as numbers on the chart, named beneath it: "1 · 2025 · Industrial output > 3 tn yuan". */
export function MilestoneList({ layout, fontSize, color }: { layout: MilestoneLayout; fontSize: number; color: string }) {
  if (layout.listed.length === 0) return null;
  return (
    <ol className="flex flex-wrap justify-center gap-x-4 pt-1" style={{ fontSize: milestoneFontSize(fontSize), color }} data-testid="milestone-list">
      {layout.listed.map((item) => (
        <li key={item.number}>{milestoneListLine(item)}</li>
      ))}
    </ol>
  );
}

export const milestoneListLine = (item: { number: number; period: string; text: string }) => `${item.number} · ${item.period.slice(0, 4)} · ${item.text}`;
