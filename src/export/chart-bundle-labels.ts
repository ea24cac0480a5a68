// The words of a chart's data bundle (metadata and README) in the reader's language.
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import type { TFunction } from '../lib/i18n';
import { formatDate, formatList } from '../model/format';
import type { ChartBundleLabels } from './chart-metadata';
import type { CsvDialect } from './csv-dialect';

interface BundleLabelInput {
  view: ChartView;
  format: Formatters;
  t: TFunction;
  notes: string[];
  /** The live view; none for a dataset opened from the reader's files, which a link cannot reach. */
  link: string | undefined;
  /** The export date in words. */
  date: string;
  dialect: CsvDialect;
}

export function chartBundleLabels({ view, format, t, notes, link, date, dialect }: BundleLabelInput): ChartBundleLabels {
  const app = t('app.title');
  const modeName = t(`filters.modes.${view.mode}`);
  const base = view.series.find((s) => s.basePeriod !== undefined)?.basePeriod ?? '';
  return {
    app,
    modeName,
    computation: t(`export.bundle.modes.${view.mode}`, { base }),
    notes,
    grade: (grade) => t('export.bundle.grade', { grade, label: t(`source.reliability.${grade}`) }),
    date: (iso) => formatDate(iso, format.locale),
    readme: {
      heading: (key) => t(`export.bundle.${key}`),
      intro: t('export.bundle.intro', { title: view.title, subtitle: view.subtitle, app, date }),
      ...(link !== undefined && { liveView: t('export.bundle.liveView', { link }) }),
      years: t('export.bundle.years', { from: view.from, to: view.to }),
      values: t('export.bundle.values', { mode: modeName }),
      regions: (regions) => t('export.bundle.regions', { regions }),
      asPublished: (series) => t('export.bundle.asPublished', { series }),
      seriesLine: (series, unit, id) => t('export.bundle.seriesLine', { series, unit, id }),
      undated: t('export.bundle.undated'),
      sourceLine: (publisher, title, sourceDate) => t('export.bundle.sourceLine', { publisher, title, date: sourceDate }),
      gradeLine: (grade) => t('export.bundle.gradeLine', { grade }),
      csvFile: (file) => t('export.bundle.csvFile', { file, delimiter: dialect.delimiter, decimal: dialect.decimalChar }),
      metadataFile: (file) => t('export.bundle.metadataFile', { file }),
      honesty: t('export.bundle.honesty'),
      citation: (publishers) => {
        const sources = formatList(publishers, format.locale);
        return link === undefined ? t('export.bundle.citationNoLink', { sources, app, date }) : t('export.bundle.citation', { sources, app, link, date });
      },
    },
  };
}
