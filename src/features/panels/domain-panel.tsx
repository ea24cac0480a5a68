// One dashboard panel. Every domain shares this shell: they differ in data and words, which
// come from the API, not in behaviour.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { Domain, DomainId } from '../../api/contract';
import { mainRegionIndicators, milestonesConcerning, milestonesFromFacts } from '../../charts/chart-views';
import { KpiCard } from '../../charts/kpi-card';
import { ComposedExportMenu } from '../../export/composed-export-menu';
import { SourcesFootnote } from '../../charts/sources-footnote';
import { useSourceLabel } from '../../charts/source-label';
import { markPanelDrawn } from '../../lib/perf-marks';
import { useFormatters } from '../../charts/use-formatters';
import { filterActions } from '../../state/filters';
import { CHART_TYPES } from '../../state/filters-schema';
import { SegmentedControl } from '../../ui/segmented-control';
import { IndicatorPicker } from './indicator-picker';
import { RegionPicker } from './region-picker';
import { PanelChart } from './panel-chart';
import { useDropUnknownIndicators } from './use-drop-unknown';
import { FactsLoading, InlineError, PanelEmpty, PanelError, PanelSkeleton } from './panel-states';
import { usePanelFilters } from './use-panel-filters';
import { usePanelView } from './use-panel-view';
import { usePanelImageSource } from './use-panel-image-source';
import { seriesKey, showsMainRegion } from '../../model/regions';
import { panelTitle } from '../../hooks/use-domains';

// The facts sit below the charts with a request of their own: their code loads beside it.
const PanelFacts = lazy(() => import('./panel-facts').then((module) => ({ default: module.PanelFacts })));

// The data's facts are the main region's: a chart of other regions alone marks none of its milestones.
const NO_MILESTONES: ReturnType<typeof milestonesFromFacts> = [];

/** `isMetaLoading`: the title and summary are still on their way (their room is kept meanwhile). */
export const DomainPanel = memo(function DomainPanel({
  domain,
  meta,
  isMetaLoading = false,
  isFirstShown = true,
}: {
  domain: DomainId;
  meta: Domain | undefined;
  isMetaLoading?: boolean;
  /** The first panel on the page: it draws a change at once, the others in a background render. */
  isFirstShown?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const filters = usePanelFilters(domain, isFirstShown);
  const view = usePanelView(domain, filters, isFirstShown);
  const viewKind = view.choice.view;
  useDropUnknownIndicators(domain, view.hasMainData, view.selection, view.choice.indicators);
  // Lines grow in only when the panel is first drawn: an entrance re-renders the chart every
  // frame, in the way of the reader's next change.
  const [hasDrawn, setHasDrawn] = useState(false);
  const onDrawn = useCallback(() => {
    markPanelDrawn(domain);
    setHasDrawn(true);
  }, [domain]);
  // A panel with no indicators is what this reader sees: drawn, as an empty range is (PanelChart).
  const hasNoIndicators = view.hasMainData && view.indicators.length === 0;
  useEffect(() => {
    if (hasNoIndicators) onDrawn();
  }, [hasNoIndicators, onDrawn]);
  const { sourcesById } = view;
  const sourceLabel = useSourceLabel(sourcesById);
  // Keyed on the ids, so a filter change that cites the same sources leaves the footnote alone.
  const usedSourceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const chart of view.chartViews) for (const s of chart.series) for (const p of s.points) p.sourceIds.forEach((id) => ids.add(id));
    for (const fact of view.facts) ids.add(fact.sourceId);
    return [...ids].join(' ');
  }, [view.chartViews, view.facts]);
  const usedSources = useMemo(() => usedSourceIds.split(' ').flatMap((id) => sourcesById.get(id) ?? []), [usedSourceIds, sourcesById]);
  const { retryFacts } = view;
  const onRetryFacts = useCallback(() => void retryFacts(), [retryFacts]);
  const { showMilestones } = filters;
  const milestones = useMemo(() => (showMilestones ? milestonesFromFacts(view.facts) : []), [showMilestones, view.facts]);
  // Each chart marks the milestones of the indicators it draws for the main region; keyed on
  // those indicators, so a chart keeps the same array while they stay the same.
  const chartIndicators = view.chartViews.map((chart) => `${chart.id}=${mainRegionIndicators(chart, view.regions.mainId).join(',')}`).join(' ');
  const milestonesByChart = useMemo(
    () => new Map(chartIndicators.split(' ').map((entry) => [entry.split('=')[0] ?? '', milestonesConcerning((entry.split('=')[1] ?? '').split(',').filter(Boolean), milestones)])),
    [chartIndicators, milestones],
  );
  const marksMilestones = showMilestones && viewKind === 'chart' && view.chartViews.some((chart) => showsMainRegion(chart.series, view.regions.mainId));
  // One error box for an outage: its Retry also asks again for the facts and sources.
  const hasFailed = view.mainError != null;
  const retryAll = () => {
    view.retryMain();
    if (view.factsError) void retryFacts();
    if (view.sourcesError) void view.retrySources();
  };
  const title = panelTitle(domain, meta, t);
  usePanelImageSource({ domain, title, summary: meta?.summary, view, company: filters.choice.company, milestones });
  const headingId = `panel-${domain}-title`;

  return (
    <section aria-labelledby={headingId} aria-busy={view.isLoading || view.isUpdating || filters.isCatchingUp} className="flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50/60 p-4 shadow-sm contain-content [&:has(details[open],[aria-expanded=true])]:contain-none" data-panel={domain}>
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-slate-900">{title}</h2>
          {meta?.summary ? (
            <p className="text-sm text-slate-600">{meta.summary}</p>
          ) : (
            isMetaLoading && <p aria-hidden="true" className="h-10" /> // two lines: no jump when it arrives
          )}
        </div>
        {view.hasMainData && <ComposedExportMenu domains={[domain]} title={title} from={view.from} to={view.to} />}
      </header>
      {view.isLoading && <PanelSkeleton />}
      {hasFailed && <PanelError error={view.mainError} onRetry={retryAll} />}
      {view.hasMainData && (
        <>
          {view.isStale && <p role="status" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t('errors.staleNotice')}</p>}
          {view.indicators.length === 0 ? (
            <PanelEmpty message={t('panel.noIndicators')} />
          ) : (
            <>
              <div className="flex flex-wrap items-end gap-3">
                <IndicatorPicker domain={domain} indicators={view.indicators} selected={view.selection.selected} />
                <RegionPicker domain={domain} regions={view.chosenRegions} />
                <SegmentedControl
                  size="sm"
                  label={t('panel.chartType')}
                  value={view.choice.chart}
                  options={CHART_TYPES.map((type) => ({ value: type, label: t(`panel.chartTypes.${type}`) }))}
                  onChange={(type) => filterActions.chartTypeChanged(domain, type)}
                />
                <SegmentedControl
                  size="sm"
                  label={t('panel.view')}
                  value={viewKind}
                  options={[
                    { value: 'chart', label: t('panel.showChart') },
                    { value: 'table', label: t('panel.showTable') },
                  ]}
                  onChange={(kind) => filterActions.panelViewChanged(domain, kind)}
                />
              </div>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                {view.kpis.map(({ indicator, label, kpi, series, color }) => (
                  <KpiCard key={seriesKey(series)} title={label} unit={indicator} kpi={kpi} points={series.points} from={view.from} to={view.to} color={color} format={format} />
                ))}
              </div>
              {view.mode === 'share' && view.chartViews.length === 0 && <PanelEmpty message={t('panel.shareNeedsRegion', { country: view.regions.country?.name ?? '' })} />}
              {view.chartViews.map((chart) => (
                <PanelChart key={chart.id} domain={domain} chart={chart} mode={view.mode} viewKind={viewKind} format={format} sourcesById={sourcesById} sourceLabel={sourceLabel} milestones={milestonesByChart.get(chart.id) ?? NO_MILESTONES} onDrawn={onDrawn} animatesEntrance={!hasDrawn} />
              ))}
            </>
          )}
        </>
      )}
      {!(hasFailed && view.factsError) && (
        <Suspense fallback={<FactsLoading />}>
          <PanelFacts domain={domain} facts={view.facts} company={filters.choice.company} error={view.factsError} isLoading={view.isFactsLoading} from={filters.from} to={filters.to ?? view.to} onRetry={onRetryFacts} sourceLabel={sourceLabel} marksMilestones={marksMilestones} />
        </Suspense>
      )}
      {view.sourcesError ? (
        !hasFailed && <InlineError message={t('errors.sources')} onRetry={() => void view.retrySources()} />
      ) : (
        <SourcesFootnote sources={usedSources} />
      )}
    </section>
  );
});
