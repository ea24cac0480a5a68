// The composed image of a panel or of the dashboard (composed-image.tsx) as a PNG, from what
// the panels registered (panel-image-source.ts), in the reader's language. Loaded with the Export
// menu's first opening, like the chart exports.
import type { Fact } from '../api/contract';
import { chartSourceLabels, shortSourceLabel } from '../charts/chart-views';
import { kpiText } from '../charts/kpi-text';
import type { Formatters } from '../charts/use-formatters';
import type { TFunction } from '../lib/i18n';
import { isEmptyView } from '../model/chart-rows';
import { formatDate, formatList } from '../model/format';
import { bareImageLabels, imageFooterLabels } from './chart-export-request';
import { withImageTexts } from './chart-texts-default';
import { copyPngToClipboard, type CopyResult } from './clipboard';
import { buildComposedSvg, type ComposedFact, type ComposedImageInput, type ComposedPanel } from './composed-image';
import { downloadBlob } from './download';
import { panelImageSources, type PanelImageSource } from './panel-image-source';
import { rasterizeSvg } from './rasterize';

export { exportFilename } from './filename';

/** As many facts as the panel shows folded: the rest is in the live view, which the image links to. */
const KEY_FACTS = 4;
/** Chromium draws no canvas side longer than this. */
const MAX_CANVAS_SIDE = 32_000;

function factLine(fact: Fact, source: PanelImageSource, format: Formatters, t: TFunction): ComposedFact {
  const when = fact.period ? fact.period.replace('-', '–') : fact.date ? formatDate(fact.date, format.locale) : '';
  const status = fact.status === 'estimated' ? `(${t('table.statuses.estimated')})` : '';
  return {
    meta: [t(`factKinds.${fact.kind}`), fact.entityName ?? fact.entity ?? '', when, status].filter(Boolean).join(' · '),
    text: fact.text,
    source: shortSourceLabel(fact.sourceId, source.sourcesById, format.locale),
  };
}

function composedPanel(source: PanelImageSource, format: Formatters, t: TFunction): ComposedPanel {
  const regions = source.regionNames.length > 0 ? formatList(source.regionNames, format.locale) : '';
  const facts = source.facts.slice(0, KEY_FACTS);
  const hidden = source.facts.length - facts.length;
  // A chart with nothing to draw is said in words, as the page says it, not drawn empty.
  const drawn = source.charts.filter((chart) => !isEmptyView(chart.view.series));
  const gaps = source.charts.flatMap(({ view }) => {
    if (!isEmptyView(view.series)) return [];
    const isComputed = view.series.some((s) => s.points.some((p) => p.gapReason !== undefined));
    return [t(isComputed ? 'export.composed.noComputed' : 'export.composed.noFigure', { title: view.title, years: `${view.from}–${view.to}` })];
  });
  return {
    title: source.title,
    subtitle: [regions, `${source.from}–${source.to}`, source.modeLabel].filter(Boolean).join(' · '),
    ...(source.summary && { summary: source.summary }),
    kpis: source.kpis.map(({ label, unit, kpi }) => ({ label, text: kpiText(kpi, unit, format, t) })),
    gaps,
    charts: drawn.map(({ view: shown, texts, milestones }) => {
      const { view, note } = withImageTexts(shown, format, texts);
      return {
        view,
        ...(note !== undefined && { note }),
        milestones,
        sources: [],
        labels: bareImageLabels(view, format, t),
      };
    }),
    facts: facts.map((fact) => factLine(fact, source, format, t)),
    ...(source.companyName && { factsOf: source.companyName }),
    ...(hidden > 0 && { moreFacts: t('export.composed.moreFacts', { count: hidden }) }),
  };
}

/** Every source the image cites, charts' and facts', once each. */
function sourceLabels(sources: PanelImageSource[], format: Formatters): string[] {
  const labels = sources.flatMap((source) => [
    ...chartSourceLabels(source.charts.map((chart) => chart.view), source.sourcesById, format.locale), // values drawn only
    ...source.facts.slice(0, KEY_FACTS).map((fact) => shortSourceLabel(fact.sourceId, source.sourcesById, format.locale)),
  ]);
  return [...new Set(labels)];
}

export interface ComposedRequest {
  /** The panels to draw, in the page's order. */
  domains: string[];
  /** The panel's title, or the dashboard's. */
  title: string;
  format: Formatters;
  t: TFunction;
}

export function composedInput({ domains, title, format, t }: ComposedRequest): ComposedImageInput {
  const sources = panelImageSources(domains);
  const [first] = sources;
  if (!first) throw new Error('No panel is drawn yet.');
  const panels = sources.map((source) => composedPanel(source, format, t));
  const isDashboard = domains.length > 1 || sources.length > 1;
  const cited = sourceLabels(sources, format);
  return {
    title,
    // A dashboard's image names the panels it holds: those drawn, which may be fewer than the page's.
    subtitle: isDashboard ? [`${first.from}–${first.to}`, first.modeLabel, t('export.composed.panels', { list: formatList(panels.map((panel) => panel.title), format.locale) })].join(' · ') : (panels[0]?.subtitle ?? ''),
    panels,
    headsPanels: isDashboard,
    format,
    sources: cited,
    footer: imageFooterLabels(cited.length, format.locale, t),
    labels: { keyFigures: t('export.composed.keyFigures'), keyFacts: t('export.composed.keyFacts'), noFigure: t('kpi.noData') },
  };
}

async function composedPng(request: ComposedRequest): Promise<Blob> {
  const { svg, width, height } = await buildComposedSvg(composedInput(request));
  return rasterizeSvg(svg, width, height, Math.min(2, MAX_CANVAS_SIDE / height));
}

export async function saveComposedPng(request: ComposedRequest, filename: string): Promise<void> {
  downloadBlob(await composedPng(request), filename);
}

export function copyComposedPng(request: ComposedRequest): Promise<CopyResult> {
  return copyPngToClipboard(composedPng(request));
}
