// A panel, or the dashboard's panels one under another, composed for print from the parts the
// chart images are made of (chart-image.tsx): a header with the title and filters, each panel's
// KPI figures as cards, its charts drawn as their images draw them, its key facts, and one
// footer with the sources, the export date and the link to the live view. No control of the
// page is in it, and its height follows its content, so it leaves no gap.
import type { KpiText } from '../charts/kpi-text';
import type { Formatters } from '../charts/use-formatters';
import { buildChartSvg, footerBlock, text, textBlock, type Block, type ChartImageInput, type ChartImageLabels } from './chart-image';
import { CHART_LAYOUT, EXPORT_COLORS, EXPORT_FONT_FAMILY, type ExportLayout } from './layout';
import { escapeXml, measureText, wrapText } from './text-layout';

export interface ComposedFact {
  /** "Milestone · 2024 · BYD". */
  meta: string;
  text: string;
  source: string;
}

export interface ComposedPanel {
  title: string;
  /** "Chongqing · 2020–2025 · Absolute". */
  subtitle: string;
  summary?: string;
  kpis: { label: string; text: KpiText | null }[];
  charts: Omit<ChartImageInput, 'layout' | 'format'>[];
  /** Charts with no value in the range, in words: "Laptop production: no published figure in 2021–2025." */
  gaps: string[];
  facts: ComposedFact[];
  /** "and 16 more facts in the live view". */
  moreFacts?: string;
  /** The company the facts are narrowed to. */
  factsOf?: string;
}

export interface ComposedImageInput {
  title: string;
  subtitle: string;
  /** One panel for a panel image, each shown panel for the dashboard's. */
  panels: ComposedPanel[];
  /** The dashboard's image heads each panel with its own title. */
  headsPanels: boolean;
  format: Formatters;
  sources: string[];
  footer: Pick<ChartImageLabels, 'sourcesLine' | 'exported' | 'more' | 'link'>;
  labels: { keyFigures: string; keyFacts: string; noFigure: string };
}

const WIDTH = 1200;
const PADDING = 40;
const INNER = WIDTH - PADDING * 2;
const COLORS = EXPORT_COLORS.light;
const NOTE_COLOR = '#92400e';

/** Charts inside a composed image: the full width, their title and legend a size below the image's. */
const PANEL_CHART_LAYOUT: ExportLayout = { width: INNER, height: 500, padding: 0, titleSize: 20, subtitleSize: 15, tickSize: 13, legendSize: 14, footerSize: 12, maxFooterLines: 2 };

const none: Block = { height: 0, markup: () => '' };
const spacer = (height: number): Block => ({ height, markup: () => '' });

/** Blocks one under another. */
function stack(blocks: Block[]): Block {
  return {
    height: blocks.reduce((sum, block) => sum + block.height, 0),
    markup: (y) => {
      let top = y;
      return blocks.map((block) => {
        const markup = block.markup(top);
        top += block.height;
        return markup;
      }).join('');
    },
  };
}

const lines = (content: string | undefined, size: number, fill: string, maxLines: number, weight = 400, x = PADDING, width = INNER) =>
  content ? textBlock(wrapText(content, size, width, maxLines, weight), size, fill, x, weight, 1.3) : none;

const KPI_GAP = 16;
const KPI_PAD = 14;

function kpiCard({ label, text: kpi }: ComposedPanel['kpis'][number], x: number, width: number, noFigure: string): Block {
  const inner = width - KPI_PAD * 2;
  const left = x + KPI_PAD;
  const parts: Block[] = [lines(label, 14, COLORS.muted, 2, 600, left, inner), spacer(4)];
  if (!kpi) parts.push(lines(noFigure, 15, COLORS.muted, 1, 400, left, inner));
  else {
    const value = `${kpi.value}${kpi.status ? ` (${kpi.status})` : ''}`;
    parts.push(lines(value, 24, COLORS.title, 2, 700, left, inner), lines(kpi.latest, 13, COLORS.muted, 1, 400, left, inner));
    for (const [rowLabel, rowValue] of kpi.rows) {
      const valueWidth = measureText(rowValue, 13, 600);
      const [shortLabel = ''] = wrapText(rowLabel, 13, inner - valueWidth - 8, 1);
      parts.push({ height: 13 * 1.4, markup: (y) => text(left, y + 13, 13, COLORS.text, shortLabel) + `<text x="${left + inner}" y="${y + 13}" font-size="13" font-weight="600" fill="${COLORS.title}" text-anchor="end">${escapeXml(rowValue)}</text>` });
    }
    parts.push(lines(kpi.computedNote, 11.5, COLORS.muted, 2, 400, left, inner), lines(kpi.breakNote, 11.5, NOTE_COLOR, 3, 400, left, inner));
  }
  return stack([spacer(KPI_PAD), ...parts, spacer(KPI_PAD - 4)]);
}

/** KPI cards three to a row, each row as tall as its tallest card. */
function kpiGrid(panel: ComposedPanel, labels: ComposedImageInput['labels']): Block {
  if (panel.kpis.length === 0) return none;
  const columns = Math.min(3, panel.kpis.length);
  const width = (INNER - KPI_GAP * (columns - 1)) / columns;
  const rows: Block[] = [];
  for (let start = 0; start < panel.kpis.length; start += columns) {
    const cards = panel.kpis.slice(start, start + columns).map((kpi, i) => ({ x: PADDING + i * (width + KPI_GAP), block: kpiCard(kpi, PADDING + i * (width + KPI_GAP), width, labels.noFigure) }));
    const height = Math.max(...cards.map((card) => card.block.height));
    rows.push({
      height: height + KPI_GAP,
      markup: (y) => cards.map(({ x, block }) => `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="${COLORS.card}" stroke="${COLORS.rule}"/>${block.markup(y)}`).join(''),
    });
  }
  return stack([lines(labels.keyFigures, 17, COLORS.title, 1, 700), spacer(8), ...rows]);
}

function factsBlock(panel: ComposedPanel, labels: ComposedImageInput['labels']): Block {
  if (panel.facts.length === 0) return none;
  const facts = panel.facts.map((fact) => stack([lines(fact.meta, 12, COLORS.muted, 1, 600), lines(fact.text, 15, COLORS.title, 4), lines(fact.source, 12, COLORS.muted, 2), spacer(12)]));
  const heading = panel.factsOf ? `${labels.keyFacts} · ${panel.factsOf}` : labels.keyFacts;
  return stack([lines(heading, 17, COLORS.title, 1, 700), spacer(8), ...facts, lines(panel.moreFacts, 13, COLORS.muted, 1), spacer(panel.moreFacts ? 8 : 0)]);
}

async function chartBlocks(panel: ComposedPanel, format: Formatters): Promise<Block[]> {
  const blocks: Block[] = [];
  // One at a time: each draws in its own offscreen host.
  for (const chart of panel.charts) {
    const svg = await buildChartSvg({ ...chart, format, layout: PANEL_CHART_LAYOUT, hasFooter: false });
    const height = PANEL_CHART_LAYOUT.height;
    blocks.push({ height: height + 24, markup: (y) => svg.replace(/^<svg\b/, `<svg x="${PADDING}" y="${y}"`) });
  }
  return blocks;
}

async function panelBlock(panel: ComposedPanel, input: ComposedImageInput): Promise<Block> {
  const rule: Block = { height: 20, markup: (y) => `<line x1="${PADDING}" x2="${WIDTH - PADDING}" y1="${y + 4}" y2="${y + 4}" stroke="${COLORS.rule}" stroke-width="2"/>` };
  const heading = input.headsPanels ? [rule, lines(panel.title, 24, COLORS.title, 2, 700), lines(panel.subtitle, 15, COLORS.text, 2), spacer(6)] : [];
  return stack([...heading, lines(panel.summary, 15, COLORS.text, 3), spacer(panel.summary ? 14 : 0), kpiGrid(panel, input.labels), spacer(8), ...(await chartBlocks(panel, input.format)), ...panel.gaps.map((gap) => stack([lines(gap, 15, COLORS.text, 3), spacer(10)])), factsBlock(panel, input.labels), spacer(8)]);
}

/** The composed image as SVG, 1200 CSS px wide and as tall as its content. */
export async function buildComposedSvg(input: ComposedImageInput): Promise<{ svg: string; width: number; height: number }> {
  const header = stack([spacer(PADDING), lines(input.title, CHART_LAYOUT.titleSize, COLORS.title, 2, 700), lines(input.subtitle, CHART_LAYOUT.subtitleSize, COLORS.text, 2), spacer(20)]);
  const panels: Block[] = [];
  for (const panel of input.panels) panels.push(await panelBlock(panel, input));
  const footer = footerBlock(input.sources, { ...input.footer, flaggedNote: '', notes: [] }, CHART_LAYOUT, INNER, COLORS);
  const body = stack([header, ...panels, footer, spacer(PADDING * 0.6)]);
  const height = Math.ceil(body.height);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="${COLORS.background}"/>`,
    body.markup(0),
    '</svg>',
  ].join('');
  return { svg, width: WIDTH, height };
}
