// One chart of a panel: caption (title, filters, unit, how many years or months have figures), its
// Export menu, and the chart or its data table.
import { lazy, memo, Suspense, useEffect, useId, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId, Source } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { chartCaptionLine } from '../../charts/chart-caption';
import { describeChart } from '../../charts/describe-trend';
import { TrendChart, type ChartMilestone } from '../../charts/trend-chart';
import type { Formatters } from '../../charts/use-formatters';
import { ChartExportMenu } from '../../export/chart-export-menu';
import { hasGapReasons, isEmptyView } from '../../model/chart-rows';
import type { ValueMode } from '../../state/filters-schema';
import { filterActions, useChartTexts } from '../../state/filters';
import { AddToDeck } from './add-to-deck';
import { PanelEmpty } from './panel-states';

// The table's code loads when first shown or once the page is idle, not with the first screen.
let tableLoading: Promise<typeof import('../../charts/data-table')> | undefined;
const loadDataTable = () => (tableLoading ??= import('../../charts/data-table'));
const DataTable = lazy(() => loadDataTable().then((module) => ({ default: module.DataTable })));

interface PanelChartProps {
  domain: DomainId;
  chart: ChartView;
  mode: ValueMode;
  viewKind: 'chart' | 'table';
  format: Formatters;
  sourcesById: Map<string, Source>;
  sourceLabel: (id: string) => string;
  milestones: ChartMilestone[];
  onDrawn: () => void;
  /** Lines grow in (unless the reader prefers reduced motion); read when the chart appears. */
  animatesEntrance: boolean;
}

/** Memoised: a panel following a filter change in the background re-renders, with its charts unchanged. */
export const PanelChart = memo(function PanelChart({ domain, chart, mode, viewKind, format, sourcesById, sourceLabel, milestones, onDrawn, animatesEntrance }: PanelChartProps) {
  const { t } = useTranslation();
  const texts = useChartTexts(chart.id); // the reader's own title, subtitle and note, from the link
  const years = `${chart.from}–${chart.to}`;
  const isEmpty = isEmptyView(chart.series);
  // Figures were published, but none gives a computed value (no share on the same basis, say): the table says why, year by year.
  const explainsEmpty = isEmpty && hasGapReasons(chart.series);
  const descriptionId = useId();
  const description = useMemo(() => describeChart(chart, format, t), [chart, format, t]);
  // An empty range is what this reader sees: count it as drawn for the performance marks.
  useEffect(() => {
    if (isEmpty) onDrawn();
  }, [isEmpty, onDrawn]);
  useEffect(() => {
    if (tableLoading) return; // asked for already, by this chart or another
    const preload = () => void loadDataTable().catch(() => undefined); // a failure shows when the table is asked for
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(preload, 2000);
      return () => clearTimeout(timer);
    }
    const id = window.requestIdleCallback(preload, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }, []);
  return (
    <figure
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t('panel.chartLabel', { title: texts?.title ?? chart.title, years })}
      aria-describedby={isEmpty ? undefined : descriptionId}
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <figcaption className="min-w-0">
          <span className="block text-sm font-semibold text-slate-900">{texts?.title ?? chart.title}</span>
          <span className="block text-xs text-slate-600">{chartCaptionLine(chart, mode, format, t, texts)}</span>
          {texts?.note && <span className="mt-1 block text-xs italic text-slate-700">{texts.note}</span>}
          {!isEmpty && (
            <span id={descriptionId} className="mt-1 block text-xs text-slate-700" data-testid="chart-description">
              {description}
            </span>
          )}
        </figcaption>
        {!isEmpty && (
          <div className="flex flex-wrap items-center gap-2">
            <AddToDeck domain={domain} chart={chart} mode={mode} />
            <ChartExportMenu view={chart} format={format} sourcesById={sourcesById} sourceLabel={sourceLabel} milestones={milestones} texts={texts} onTextsChange={(edited) => filterActions.chartTextsChanged(chart.id, edited)} />
          </div>
        )}
      </div>
      {isEmpty && !(viewKind === 'table' && explainsEmpty) ? (
        <PanelEmpty message={t(explainsEmpty ? 'panel.emptyComputed' : 'panel.emptyRange', { years })} />
      ) : viewKind === 'chart' ? (
        <TrendChart view={chart} format={format} milestones={milestones} onDrawn={onDrawn} description={description} isAnimationActive={animatesEntrance ? undefined : false} />
      ) : (
        <Suspense fallback={<div className="h-80 animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none" aria-hidden="true" />}>
          <DataTable view={chart} format={format} sourceLabel={sourceLabel} onDrawn={onDrawn} />
        </Suspense>
      )}
    </figure>
  );
});
