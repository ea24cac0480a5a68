// What a chart export needs besides the chart: its sources, and its labels in the reader's
// language. Loaded with the export code (chart-export.ts), off the dashboard's first load.
import type { Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import { chartNotes } from '../charts/chart-notes';
import { chartSourceLabels, drawnSourceIds } from '../charts/chart-views';
import type { ChartMilestone } from '../charts/trend-chart';
import type { Formatters } from '../charts/use-formatters';
import type { TFunction } from '../lib/i18n';
import { formatList } from '../model/format';
import { hasMonthlyPoints } from '../model/period';
import type { ChartTexts } from '../state/filters-schema';
import { viewLink } from '../state/url';
import type { ChartExportRequest } from './chart-export';
import type { ChartImageLabels } from './chart-image';
import { chartBundleLabels } from './chart-bundle-labels';
import { withImageTexts } from './chart-texts-default';
import { csvDialectFor } from './csv-dialect';

export interface ChartExportInput {
  view: ChartView;
  format: Formatters;
  sourcesById: Map<string, Source>;
  sourceLabel: (id: string) => string;
  milestones?: ChartMilestone[];
  /** The reader's own title, subtitle and note for this chart. */
  texts?: ChartTexts;
  t: TFunction;
}

export function buildChartExportRequest({ view: shown, format, sourcesById, sourceLabel, milestones, texts, t }: ChartExportInput): ChartExportRequest {
  const { view, note } = withImageTexts(shown, format, texts);
  const sources = chartSourceLabels([view], sourcesById, format.locale);
  const exportedAt = new Date();
  const date = new Intl.DateTimeFormat(format.locale, { dateStyle: 'long' }).format(exportedAt);
  const notes = chartNotes(view, format, t);
  const link = viewLink();
  const dialect = csvDialectFor(format.locale);
  return {
    view,
    note,
    format,
    sources,
    milestones,
    imageLabels: { ...imageFooterLabels(sources.length, format.locale, t, link), flaggedNote: t('export.flaggedNote'), notes },
    csvLabels: {
      header: [t(hasMonthlyPoints(view.series) ? 'table.month' : 'table.year'), t('export.csv.series'), t('export.csv.region'), t('export.csv.indicatorId'), t('export.csv.shown'), t('export.csv.value'), t('export.csv.unit'), t('export.csv.qualifier'), t('table.status'), t('table.source'), t('export.csv.sourceUrl'), t('export.csv.note')],
      status: (value) => t(`table.statuses.${value as 'reported'}`),
      noFigure: t('table.noFigure'),
      sourceLabel,
      sourceUrl: (id) => sourcesById.get(id)?.url,
      // The qualifier's phrase without its number: "more than", "Jan–Sep", "超过".
      qualifier: (qualifier) => t(`qualifier.${qualifier}`, { value: '' }).replace(/^[\s(（]+|[\s)）]+$/g, ''),
      computedFrom: (periods) => t('table.computedFrom', { years: formatList(periods, format.locale) }),
      gapReason: (reason) => t(`table.notes.${reason}`),
      breakBefore: t('table.breakBefore'),
    },
    bundle: {
      sources: drawnSourceIds([view]).flatMap((id) => sourcesById.get(id) ?? []),
      link,
      exportedAt,
      dialect,
      labels: chartBundleLabels({ view, format, t, notes, link, date, dialect }),
    },
  };
}

/** The footer's words an image of charts prints, a chart's or a whole panel's: sources, export date, link. */
export function imageFooterLabels(sourceCount: number, locale: string, t: TFunction, link = viewLink()) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  return {
    sourcesLine: (text: string) => t('export.labelled', { label: t(sourceCount === 1 ? 'export.source' : 'export.sources'), text }),
    exported: t('export.exportedLine', { date, app: t('app.title') }),
    more: (count: number) => t('export.more', { count }),
    // A view of a file the reader opened exists in their browser only: no link, which would lead nowhere.
    ...(link !== undefined && { link }),
  };
}

/** The words of a chart image with no footer (a panel's image, a slide): its legend's notes only. */
export function bareImageLabels(view: ChartView, format: Formatters, t: TFunction): ChartImageLabels {
  return { sourcesLine: () => '', exported: '', more: () => '', flaggedNote: t('export.flaggedNote'), notes: chartNotes(view, format, t) };
}
