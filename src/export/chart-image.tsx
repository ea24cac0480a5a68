// A chart as a self-contained SVG image, after OWID Grapher's "SVG sandwich": a header (title,
// the filters as a subtitle), the legend as SVG text (recharts draws its own as HTML outside
// the SVG) with notes on hollow marks, computed values and changes of definition, the chart
// drawn at a fixed size with animation off, and a footer with the sources and the export date,
// all on a solid background.
import type { ChartView } from '../charts/chart-types';
import { numberedMilestones, TrendChart, type ChartMilestone } from '../charts/trend-chart';
import type { Formatters } from '../charts/use-formatters';
import { isFlagged } from '../model/view-point';
import { CHART_COLORS, seriesColorFor } from '../charts/chart-colors';
import { isDrawn } from '../charts/chart-legend';
import { EXPORT_COLORS, EXPORT_FONT_FAMILY, type ExportColors, type ExportLayout, type ExportTheme } from './layout';
import { renderOffscreenSvg } from './render-offscreen';
import { escapeXml, measureText, wrapChars, wrapText } from './text-layout';

export interface ChartImageLabels {
  /** "Sources: a; b", with the language's own colon. */
  sourcesLine: (list: string) => string;
  /** Line under the sources, e.g. "Exported 2026-11-25 · Chongqing Industry Dashboard". */
  exported: string;
  /** Legend note for hollow marks. */
  flaggedNote: string;
  /** Lines under the legend: values computed by us, changes of definition (chart-notes.ts). */
  notes: string[];
  /** "and {n} more" when sources overflow the footer. */
  more: (count: number) => string;
  /** The link to the live view, printed whole under the sources. */
  link?: string;
}

export interface ChartImageInput {
  view: ChartView;
  format: Formatters;
  sources: string[];
  labels: ChartImageLabels;
  layout: ExportLayout;
  milestones?: ChartMilestone[];
  /** Chart and legend only: for a slide that carries its own title and source line as text. */
  isBare?: boolean;
  theme?: ExportTheme;
  /** A note or byline the reader added, under the legend. */
  note?: string;
  /** False inside a composed panel image, which has one footer for all its charts. */
  hasFooter?: boolean;
}

export interface Block {
  height: number;
  markup: (y: number) => string;
}

export const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;

export function textBlock(lines: string[], size: number, fill: string, x: number, weight = 400, gap = 1.3): Block {
  const lineHeight = size * gap;
  return {
    height: lines.length * lineHeight,
    markup: (y) => lines.map((line, i) => text(x, y + size + i * lineHeight, size, fill, line, weight)).join(''),
  };
}

function legendBlock(view: ChartView, labels: ChartImageLabels, layout: ExportLayout, innerWidth: number, colors: ExportColors): Block {
  const size = layout.legendSize;
  const marker = size * 0.8;
  // Only the series drawn: one with no value in the range and mode has no line to key.
  const items = view.series.filter(isDrawn).map((s) => ({ label: s.label, color: s.color, width: marker + size * 0.5 + measureText(s.label, size) + size * 1.5 }));
  const hasFlagged = view.series.some((s) => s.points.some((p) => p.value !== null && isFlagged(p)));
  const rows: (typeof items)[] = [];
  let row: typeof items = [];
  let rowWidth = 0;
  for (const item of items) {
    if (rowWidth + item.width > innerWidth && row.length > 0) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    row.push(item);
    rowWidth += item.width;
  }
  rows.push(row);
  const lineHeight = size * 1.6;
  const noteLines = hasFlagged ? wrapText(labels.flaggedNote, size * 0.8, innerWidth - marker * 2, 2) : [];
  const extraLines = labels.notes.flatMap((note) => wrapText(note, size * 0.8, innerWidth - marker * 2, 2));
  return {
    height: rows.length * lineHeight + (noteLines.length + extraLines.length) * size * 1.1,
    markup: (y) => {
      const parts: string[] = [];
      rows.forEach((row, r) => {
        let x = layout.padding;
        const cy = y + r * lineHeight + lineHeight / 2;
        for (const item of row) {
          parts.push(`<circle cx="${x + marker / 2}" cy="${cy}" r="${marker / 2}" fill="${item.color}"/>`);
          parts.push(text(x + marker + size * 0.5, cy + size * 0.35, size, colors.text, item.label));
          x += item.width;
        }
      });
      const noteY = y + rows.length * lineHeight;
      noteLines.forEach((line, i) => {
        const cy = noteY + i * size * 1.1 + size * 0.45;
        if (i === 0) parts.push(`<circle cx="${layout.padding + marker / 2}" cy="${cy}" r="${marker / 2.6}" fill="${colors.background}" stroke="${colors.muted}" stroke-width="2"/>`);
        parts.push(text(layout.padding + marker * 1.6, cy + size * 0.3, size * 0.8, colors.muted, line));
      });
      const extraY = noteY + noteLines.length * size * 1.1;
      extraLines.forEach((line, i) => parts.push(text(layout.padding + marker * 1.6, extraY + i * size * 1.1 + size * 0.75, size * 0.8, colors.muted, line)));
      return parts.join('');
    },
  };
}

export function footerBlock(sources: string[], labels: ChartImageLabels, layout: ExportLayout, innerWidth: number, colors: ExportColors): Block {
  const size = layout.footerSize;
  let shown = sources.length;
  let lines: string[] = [];
  // Drop whole sources, not half of one, until the line count fits; then say how many are left.
  for (; shown >= 1; shown--) {
    const rest = sources.length - shown;
    const line = labels.sourcesLine(`${sources.slice(0, shown).join('; ')}${rest > 0 ? `; ${labels.more(rest)}` : ''}`);
    lines = wrapText(line, size, innerWidth, Number.POSITIVE_INFINITY);
    if (lines.length <= layout.maxFooterLines) break;
  }
  lines = lines.slice(0, layout.maxFooterLines).concat(wrapText(labels.exported, size, innerWidth, 1));
  const block = textBlock(lines, size, colors.muted, layout.padding, 400, 1.35);
  const link = labels.link ? linkBlock(labels.link, size, colors, layout.padding, innerWidth) : { height: 0, markup: () => '' };
  return {
    height: block.height + link.height + size,
    markup: (y) => `<line x1="${layout.padding}" x2="${layout.padding + innerWidth}" y1="${y + size * 0.3}" y2="${y + size * 0.3}" stroke="${colors.rule}"/>${block.markup(y + size * 0.5)}${link.markup(y + size * 0.5 + block.height)}`,
  };
}

/** The link in full, broken anywhere rather than cut, and clickable in the SVG. */
function linkBlock(link: string, size: number, colors: ExportColors, x: number, width: number): Block {
  const block = textBlock(wrapChars(link, size, width), size, colors.link, x, 400, 1.35);
  return { height: block.height, markup: (y) => `<a href="${escapeXml(link)}">${block.markup(y)}</a>` };
}

/** The reader's note or byline, up to three lines. */
function noteBlock(note: string | undefined, size: number, colors: ExportColors, x: number, width: number): Block {
  if (!note) return { height: 0, markup: () => '' };
  const block = textBlock(wrapText(note, size, width, 3), size, colors.text, x, 400, 1.35);
  return { height: block.height + size * 0.4, markup: (y) => block.markup(y + size * 0.2) };
}

/** The SVG image of a chart, at the layout's size in CSS pixels. */
export async function buildChartSvg({ view: input, format, sources, labels, layout, milestones, isBare = false, theme = 'light', note, hasFooter = true }: ChartImageInput): Promise<string> {
  const colors = EXPORT_COLORS[theme];
  const view = theme === 'light' ? input : { ...input, series: input.series.map((s) => ({ ...s, color: seriesColorFor('dark', s.color) })) };
  const { width, height, padding } = layout;
  const innerWidth = width - padding * 2;
  const none: Block = { height: 0, markup: () => '' };
  const title = isBare ? none : textBlock(wrapText(view.title, layout.titleSize, innerWidth, 2, 700), layout.titleSize, colors.title, padding, 700, 1.2);
  const subtitle = isBare ? none : textBlock(wrapText(view.subtitle, layout.subtitleSize, innerWidth, 2), layout.subtitleSize, colors.text, padding);
  // Milestones with no room for their label are numbers on the chart, named under the legend.
  const listed = milestones ? numberedMilestones(view, innerWidth, layout.tickSize, milestones) : [];
  const legend = legendBlock(view, { ...labels, notes: [...labels.notes, ...listed] }, layout, innerWidth, colors);
  const footer = isBare || !hasFooter ? none : footerBlock(sources, labels, layout, innerWidth, colors);
  const noted = isBare ? none : noteBlock(note, layout.legendSize, colors, padding, innerWidth);
  const gap = layout.subtitleSize * 0.8;
  const chartY = padding + title.height + subtitle.height + gap;
  const chartHeight = Math.max(120, height - chartY - gap - legend.height - noted.height - gap - footer.height - padding * 0.6);
  const chartMarkup = await renderOffscreenSvg(
    <TrendChart view={view} format={format} width={innerWidth} height={chartHeight} fontSize={layout.tickSize} showLegend={false} isAnimationActive={false} milestones={milestones} colors={CHART_COLORS[theme]} />,
    innerWidth,
    chartHeight,
  );
  const positionedChart = chartMarkup.replace(/^<svg\b/, `<svg x="${padding}" y="${chartY}"`);
  const legendY = chartY + chartHeight + gap;
  const footerY = height - padding * 0.6 - footer.height;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    `<title>${escapeXml(view.title)}</title>`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    title.markup(padding),
    subtitle.markup(padding + title.height),
    positionedChart,
    legend.markup(legendY),
    noted.markup(legendY + legend.height),
    footer.markup(footerY),
    '</svg>',
  ].join('');
}
