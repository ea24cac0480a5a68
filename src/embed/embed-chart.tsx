// The one chart an embed shows, as a publication would: title, filters line, the chart (or its
// table) with its legend, the sources of the values shown, and a link to the full view. No app
// controls but Chart / Table, which the reader of the host's page still needs.
import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { Source } from '../api/contract';
import { chartCaptionLine } from '../charts/chart-caption';
import type { ChartView } from '../charts/chart-types';
import { drawnSourceIds } from '../charts/chart-views';
import { describeChart } from '../charts/describe-trend';
import { useSourceLabel } from '../charts/source-label';
import { TrendChart, type ChartMilestone } from '../charts/trend-chart';
import type { Formatters } from '../charts/use-formatters';
import { useTranslation } from '../lib/i18n';
import { hasGapReasons, isEmptyView } from '../model/chart-rows';
import { useChartTexts } from '../state/filters';
import type { ValueMode } from '../state/filters-schema';
import { SegmentedControl } from '../ui/segmented-control';
import { FullViewLink } from './full-view-link';

const DataTable = lazy(() => import('../charts/data-table').then((module) => ({ default: module.DataTable })));

interface EmbedChartProps {
  chart: ChartView;
  mode: ValueMode;
  format: Formatters;
  sourcesById: Map<string, Source>;
  milestones: ChartMilestone[];
  initialView: 'chart' | 'table';
  /** The one region drawn, where the title does not name it: an article's reader needs to know it. */
  regionName?: string | undefined;
  onDrawn: () => void;
}

export function EmbedChart({ chart, mode, format, sourcesById, milestones, initialView, regionName, onDrawn }: EmbedChartProps) {
  const { t } = useTranslation();
  const [view, setView] = useState(initialView);
  const descriptionId = useId();
  const description = useMemo(() => describeChart(chart, format, t), [chart, format, t]);
  const texts = useChartTexts(chart.id); // the reader's own title, subtitle and note, from the link
  const title = texts?.title ?? chart.title;
  const isEmpty = isEmptyView(chart.series);
  // Figures were published, but none gives a computed value: the table says why, year by year.
  const explainsEmpty = isEmpty && hasGapReasons(chart.series);
  const pageTitle = t('share.frameTitle', { title, app: t('app.title') });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  const years = `${chart.from}–${chart.to}`;
  const sources = drawnSourceIds([chart]).map((id) => ({ id, source: sourcesById.get(id) }));
  const sourceLabel = useSourceLabel(sourcesById);
  const filtersLine = [regionName, chartCaptionLine(chart, mode, format, t, texts)].filter(Boolean).join(' · ');

  return (
    <figure className="flex flex-col gap-2" aria-label={t('panel.chartLabel', { title, years })} aria-describedby={isEmpty ? undefined : descriptionId}>
      <figcaption className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h1 className="text-base font-semibold text-slate-900">{title}</h1>
          <p className="text-xs text-slate-600" data-testid="embed-filters">
            {filtersLine}
          </p>
          {texts?.note && <p className="mt-1 text-xs italic text-slate-700">{texts.note}</p>}
          {!isEmpty && (
            <p id={descriptionId} className="sr-only">
              {description}
            </p>
          )}
        </div>
        <SegmentedControl
          size="sm"
          label={t('panel.view')}
          value={view}
          options={[
            { value: 'chart', label: t('panel.showChart') },
            { value: 'table', label: t('panel.showTable') },
          ]}
          onChange={setView}
        />
      </figcaption>
      {isEmpty && !(view === 'table' && explainsEmpty) ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-700">{t(explainsEmpty ? 'panel.emptyComputed' : 'panel.emptyRange', { years })}</p>
      ) : view === 'chart' ? (
        <TrendChart view={chart} format={format} milestones={milestones} onDrawn={onDrawn} description={description} />
      ) : (
        <Suspense fallback={<div className="h-80 animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none" aria-hidden="true" />}>
          <DataTable view={chart} format={format} sourceLabel={sourceLabel} />
        </Suspense>
      )}
      <footer className="flex flex-col gap-1 border-t border-slate-200 pt-2 text-xs text-slate-700">
        {sources.length > 0 && (
          <p data-testid="embed-sources">
            <span className="font-medium">{t('embed.sourcesLabel')}</span>
            {sources.map(({ id, source }, index) => (
              <span key={id}>
                {index > 0 && t('embed.sourcesSeparator')}
                {source?.url ? (
                  <a className="text-teal-800 underline" href={source.url} target="_blank" rel="noreferrer noopener">
                    {sourceLabel(id)}
                  </a>
                ) : (
                  sourceLabel(id)
                )}
              </span>
            ))}
          </p>
        )}
        <FullViewLink />
      </footer>
    </figure>
  );
}
