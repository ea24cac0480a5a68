// The deck as a PowerPoint file (pptxgenjs, loaded when asked for): per view, its title and key
// number as text, its charts as images, the sources in the footer, facts and note as speaker notes.
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from '../../lib/i18n';
import type { DomainId, Fact, Language } from '../../api/contract';
import { apiQueries } from '../../api/queries';
import { chartSourceLabels, milestonesForChart, milestonesFromFacts } from '../../charts/chart-views';
import type { Formatters } from '../../charts/use-formatters';
import { bareImageLabels } from '../../export/chart-export-request';
import { blobToDataUrl, chartToPng } from '../../export/chart-png';
import { downloadBlob } from '../../export/download';
import { slugify } from '../../export/filename';
import type { ExportLayout } from '../../export/layout';
import { SLIDE_LAYOUT } from '../../export/layout';
import { regionRequests, regionView } from '../../model/regions';
import { buildSlideCharts } from './slide-charts';
import { slideIndicators } from './slide-indicators';
import type { ShowSlide } from './use-show-slides';

interface PptxRequest {
  slides: ShowSlide[];
  queryClient: QueryClient;
  format: Formatters;
  /** The texts' language: slides and notes follow the dashboard's. */
  language: Language;
  /** The dataset shown: slides are drawn from it. */
  dataset: string;
  /** The line under the cover's title: which data the deck shows. */
  subtitle: string;
  /** An opened dataset's name, which titles the file; null for the build's own. */
  datasetTitle: string | null;
  t: TFunction;
  /** A panel's title, for a slide whose charts give none. */
  panelTitle: (id: DomainId) => string;
  showMilestones: boolean;
}

/** Wide slides are 13.33 x 7.5 in; the chart image keeps that shape under the title. */
const IMAGE_LAYOUT: ExportLayout = { ...SLIDE_LAYOUT, width: 1800, height: 820, padding: 24, legendSize: 24, tickSize: 22 };
const MAX_FACTS_IN_NOTES = 6;
/** What a presenter most likely wants to say first. */
const FACT_PRIORITY: Fact['kind'][] = ['milestone', 'ranking', 'share', 'company', 'capacity', 'statistic', 'policy'];

async function loadSlideData(queryClient: QueryClient, slide: ShowSlide, language: Language, dataset: string) {
  // The same queries the panels use, so a deck of the dashboard's domains is drawn from cache.
  const { entities = [] } = await queryClient.fetchQuery(apiQueries.domains(language, dataset));
  const regions = regionView(entities, slide.regions ?? []);
  const requests = regionRequests(regions, slide.mode === 'share');
  const [{ indicators }, answers, { facts }, { sources }] = await Promise.all([
    queryClient.fetchQuery(apiQueries.indicators(slide.domain, language, dataset, requests.indicatorEntities)),
    Promise.all(requests.seriesEntities.map((entity) => queryClient.fetchQuery(apiQueries.domainSeries(slide.domain, language, dataset, entity)))),
    queryClient.fetchQuery(apiQueries.facts(slide.domain, language, dataset)),
    queryClient.fetchQuery(apiQueries.sources(language, dataset)),
  ]);
  return { indicators, series: answers.flatMap((answer) => answer.series), regions, facts, sources: new Map(sources.map((s) => [s.id, s])) };
}

const isInYears = (fact: Fact, from: number, to: number) => {
  const year = Number((fact.period ?? fact.date ?? '').slice(0, 4));
  return !year || (year >= from && year <= to);
};

/**
 * The file's properties (docProps/core.xml and app.xml): the dashboard is its author and
 * company, rather than the library's name; the title is the opened dataset's, else the dashboard's.
 */
export function deckMetadata(t: TFunction, datasetTitle: string | null, subtitle: string) {
  return { author: t('app.title'), company: t('app.title'), title: datasetTitle ?? t('app.title'), subject: subtitle };
}

export async function downloadDeckPptx({ slides, queryClient, format, t, panelTitle, showMilestones, language, dataset, datasetTitle, subtitle }: PptxRequest): Promise<string> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  Object.assign(pptx, deckMetadata(t, datasetTitle, subtitle));
  const date = new Intl.DateTimeFormat(format.locale, { dateStyle: 'long' }).format(new Date());

  const cover = pptx.addSlide();
  cover.addText(t('app.title'), { x: 0.7, y: 2.3, w: 11.9, h: 1.2, fontSize: 40, bold: true, color: '0F172A' });
  cover.addText(subtitle, { x: 0.7, y: 3.5, w: 11.9, h: 0.9, fontSize: 20, color: '334155' });
  cover.addText(date, { x: 0.7, y: 4.5, w: 11.9, h: 0.5, fontSize: 16, color: '0F766E' });
  cover.addNotes(t('present.deckSummary', { count: slides.length }));

  for (const slide of slides) {
    const data = await loadSlideData(queryClient, slide, language, dataset);
    const { selected, isUnavailable } = slideIndicators(data.indicators, slide.indicators, { series: data.series, from: slide.from, to: slide.to, mainId: data.regions.mainId });
    const { charts, keyNumber } = buildSlideCharts(slide, data, selected, data.regions, format, t);
    const sourceLine = chartSourceLabels(charts, data.sources, format.locale);
    const page = pptx.addSlide();
    page.addText(slide.title || charts.map((c) => c.title).join(' · ') || panelTitle(slide.domain), { x: 0.5, y: 0.25, w: 12.3, h: 0.75, fontSize: 30, bold: true, color: '0F172A', fit: 'shrink' });
    page.addText([charts[0]?.subtitle, keyNumber].filter(Boolean).join('   ·   '), { x: 0.5, y: 0.95, w: 12.3, h: 0.5, fontSize: 16, color: '0F766E' });
    if (isUnavailable) page.addText(t('present.unavailable'), { x: 0.5, y: 3, w: 12.3, h: 1, fontSize: 20, color: '334155' });
    // Up to four charts, two per row, in the box between the key number and the footer.
    const box = { x: 0.5, y: 1.5, w: 12.3, h: 5.25 };
    const columns = Math.min(charts.length, 2);
    const rows = Math.ceil(charts.length / 2);
    for (const [index, chart] of charts.slice(0, 4).entries()) {
      const layout = columns === 2 ? { ...IMAGE_LAYOUT, width: 900, height: rows === 2 ? 500 : IMAGE_LAYOUT.height } : IMAGE_LAYOUT;
      const png = await chartToPng(
        { view: chart, format, sources: [], layout, isBare: true, milestones: showMilestones ? milestonesForChart(chart, milestonesFromFacts(data.facts), data.regions.mainId) : undefined, labels: bareImageLabels(chart, format, t) },
        2,
      );
      const cell = { w: box.w / Math.max(columns, 1), h: box.h / Math.max(rows, 1) };
      const w = Math.min(cell.w, (cell.h * layout.width) / layout.height);
      const h = (w * layout.height) / layout.width;
      page.addImage({ data: await blobToDataUrl(png), x: box.x + (index % 2) * cell.w, y: box.y + Math.floor(index / 2) * cell.h, w, h, altText: `${chart.title}, ${chart.subtitle}` });
    }
    page.addText(t('export.labelled', { label: t(sourceLine.length === 1 ? 'export.source' : 'export.sources'), text: sourceLine.join('; ') }), { x: 0.5, y: 6.85, w: 12.3, h: 0.45, fontSize: 10, color: '64748B', fit: 'shrink' });
    const facts = data.facts
      .filter((f) => isInYears(f, slide.from, slide.to))
      .sort((a, b) => FACT_PRIORITY.indexOf(a.kind) - FACT_PRIORITY.indexOf(b.kind))
      .slice(0, MAX_FACTS_IN_NOTES);
    page.addNotes([keyNumber, ...facts.map((f) => `• ${f.text}`), slide.note ?? ''].filter(Boolean).join('\n'));
  }

  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const filename = `${slugify(t('app.title'))}-deck-${new Date().toISOString().slice(0, 10)}.pptx`;
  downloadBlob(blob, filename);
  return filename;
}
