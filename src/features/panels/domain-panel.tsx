// One dashboard panel. The four domains share this shell: they differ in data and words, which
// come from the API, not in behaviour.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain, DomainId } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { DataTable } from '../../charts/data-table';
import { KpiCard } from '../../charts/kpi-card';
import { SourcesFootnote } from '../../charts/sources-footnote';
import { TrendChart } from '../../charts/trend-chart';
import { isEmptyView } from '../../model/chart-rows';
import { markPanelDrawn } from '../../lib/perf-marks';
import { useFormatters } from '../../charts/use-formatters';
import { filterActions } from '../../state/filters';
import { CHART_TYPES } from '../../state/filters-schema';
import { SegmentedControl } from '../../ui/segmented-control';
import { IndicatorPicker } from './indicator-picker';
import { PanelFacts } from './panel-facts';
import { PanelEmpty, PanelError, PanelSkeleton } from './panel-states';
import { usePanelView } from './use-panel-view';

type ViewKind = 'chart' | 'table';

/** Years of the range with at least one figure: sparse series are common, so say how sparse. */
function countCoveredYears(chart: ChartView): number {
  const years = new Set<number>();
  for (const s of chart.series) for (const p of s.points) if (p.value !== null) years.add(p.year);
  return years.size;
}

export function DomainPanel({ domain, meta }: { domain: DomainId; meta: Domain | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const view = usePanelView(domain);
  const [viewKind, setViewKind] = useState<ViewKind>('chart');
  const onDrawn = useCallback(() => markPanelDrawn(domain), [domain]);
  const { sourcesById } = view;
  const sourceLabel = useCallback(
    (id: string) => {
      const source = sourcesById.get(id);
      return source ? `[${id}] ${source.publisher}${source.date ? `, ${source.date}` : ''}` : t('source.unknown', { id });
    },
    [sourcesById, t],
  );
  const usedSources = useMemo(() => {
    const ids = new Set<string>();
    for (const chart of view.chartViews) for (const s of chart.series) for (const p of s.points) p.sourceIds.forEach((id) => ids.add(id));
    for (const fact of view.facts) ids.add(fact.sourceId);
    return [...ids].flatMap((id) => sourcesById.get(id) ?? []);
  }, [view.chartViews, view.facts, sourcesById]);
  const title = meta?.title ?? t(`domain.${domain}`);
  const coverageNote = (chart: ChartView) => t('panel.coverage', { count: countCoveredYears(chart), total: chart.to - chart.from + 1 });
  const headingId = `panel-${domain}-title`;

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200 bg-slate-50/60 p-4 shadow-sm" data-panel={domain}>
      <header>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">{title}</h2>
        {meta?.summary && <p className="text-sm text-slate-600">{meta.summary}</p>}
      </header>
      {view.isLoading && <PanelSkeleton />}
      {view.mainError != null && <PanelError error={view.mainError} onRetry={view.retryMain} />}
      {view.hasMainData && (
        <>
          {view.isStale && <p role="status" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">{t('errors.staleNotice')}</p>}
          {view.selection.unknownIds.length > 0 && (
            <p role="status" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
              {t('notice.ignored')} {view.selection.unknownIds.join(', ')} ({t('notice.reasons.unknown_indicator')})
            </p>
          )}
          {view.indicators.length === 0 ? (
            <PanelEmpty message={t('panel.noIndicators')} />
          ) : (
            <>
              <div className="flex flex-wrap items-end gap-3">
                <IndicatorPicker domain={domain} indicators={view.indicators} selected={view.selection.selected} />
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
                  onChange={setViewKind}
                />
              </div>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                {view.kpis.map(({ indicator, kpi, series, color }) => (
                  <KpiCard key={indicator.id} title={indicator.title} unit={indicator.unit} kpi={kpi} points={series.points} color={color} format={format} />
                ))}
              </div>
              {view.chartViews.map((chart) => (
                <figure key={chart.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3" aria-label={t('panel.chartLabel', { title: chart.title, years: `${chart.from}–${chart.to}` })}>
                  <figcaption className="mb-2">
                    <span className="block text-sm font-semibold text-slate-900">{chart.title}</span>
                    <span className="block text-xs text-slate-600">
                      {chart.subtitle} · {format.axisLabel(chart.unit)} · {coverageNote(chart)}
                      {view.mode !== 'absolute' && chart.unit === 'percent' && ` · ${t('panel.modeNotApplied')}`}
                    </span>
                  </figcaption>
                  {isEmptyView(chart.series) ? (
                    <PanelEmpty message={t('panel.emptyRange', { years: `${chart.from}–${chart.to}` })} />
                  ) : viewKind === 'chart' ? (
                    <TrendChart view={chart} format={format} onDrawn={onDrawn} />
                  ) : (
                    <DataTable view={chart} format={format} sourceLabel={sourceLabel} />
                  )}
                </figure>
              ))}
            </>
          )}
        </>
      )}
      <PanelFacts domain={domain} facts={view.facts} company={view.choice.company} error={view.factsError} isLoading={view.isFactsLoading} onRetry={() => void view.retryFacts()} sourceLabel={sourceLabel} />
      <SourcesFootnote sources={usedSources} />
    </section>
  );
}
