// The embed's screen: finds the chart a link names (`?embed=<chart id>`) among the dashboard's
// panels, draws it through the panels' own hooks with the link's filters, or says why it cannot.
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { DomainId } from '../api/contract';
import { milestonesForChart, milestonesFromFacts } from '../charts/chart-views';
import { useFormatters } from '../charts/use-formatters';
import { PanelError, PanelSkeleton } from '../features/panels/panel-states';
import { usePanelFilters } from '../features/panels/use-panel-filters';
import { usePanelView } from '../features/panels/use-panel-view';
import { useDomains } from '../hooks/use-domains';
import { useEntities } from '../hooks/use-entities';
import { useTranslation } from '../lib/i18n';
import { markPanelDrawn } from '../lib/perf-marks';
import { filterActions } from '../state/filters';
import { Button } from '../ui/button';
import { ErrorBoundary } from '../ui/error-boundary';
import { EmbedChart } from './embed-chart';
import { FullViewLink } from './full-view-link';

/** The panel a chart id belongs to: ids are `<panel>-<first series>`, and the longest panel id that fits wins. */
export function domainOfChart(chartId: string, domainIds: readonly DomainId[]): DomainId | undefined {
  return domainIds.filter((id) => chartId.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
}

export function EmbedView({ chartId, isLocalDataset = false }: { chartId: string; isLocalDataset?: boolean }) {
  const domains = useDomains();
  const { statedIds } = domains;
  useEffect(() => {
    if (statedIds) filterActions.domainsKnown(statedIds);
  }, [statedIds]);
  const entities = useEntities();
  useEffect(() => {
    if (entities) filterActions.entitiesKnown({ ids: entities.map((entity) => entity.id), hasCountry: entities.some((entity) => entity.kind === 'country') });
  }, [entities]);
  if (isLocalDataset) return <EmbedMessage messageKey="embed.localDataset" />;
  if (domains.isUnavailable) return <EmbedMessage messageKey="errors.panels" />;
  if (!domains.ids) return <Loading />;
  const domain = domainOfChart(chartId, domains.ids);
  if (domain === undefined) return <EmbedMessage messageKey="embed.unknownChart" />;
  return (
    <ErrorBoundary what="Embed" fallback={(retry) => <EmbedMessage messageKey="errors.code" onRetry={retry} />}>
      <EmbedDomainChart domain={domain} chartId={chartId} />
    </ErrorBoundary>
  );
}

function EmbedDomainChart({ domain, chartId }: { domain: DomainId; chartId: string }) {
  const format = useFormatters();
  const filters = usePanelFilters(domain, true);
  const view = usePanelView(domain, filters, true);
  const onDrawn = useCallback(() => markPanelDrawn(domain), [domain]);
  const chart = view.chartViews.find((candidate) => candidate.id === chartId);
  const { showMilestones } = filters;
  const { facts } = view;
  const milestones = useMemo(() => (showMilestones ? milestonesFromFacts(facts) : []), [showMilestones, facts]);
  // A link written by hand (`?embed=macro-population`) names an indicator the link's choice does
  // not chart: the embed charts that indicator alone, as its chart id says.
  const named = chartId.slice(domain.length + 1);
  const picksNamed = !chart && view.hasMainData && view.indicators.some((indicator) => indicator.id === named) && view.choice.indicators.join() !== named;
  useEffect(() => {
    if (picksNamed) filterActions.indicatorsChanged(domain, [named]);
  }, [picksNamed, domain, named]);
  if (view.mainError) return <PanelError error={view.mainError} onRetry={view.retryMain} />;
  if (!view.hasMainData || picksNamed) return <Loading />;
  if (!chart) return <EmbedMessage messageKey="embed.unknownChart" />;
  return (
    <EmbedChart
      chart={chart}
      mode={view.mode}
      format={format}
      sourcesById={view.sourcesById}
      milestones={milestonesForChart(chart, milestones, view.regions.mainId)}
      initialView={view.choice.view}
      regionName={view.regions.namesRegions ? undefined : view.regions.shown[0]?.name}
      onDrawn={onDrawn}
    />
  );
}

function Loading() {
  return (
    <div aria-busy="true">
      <PanelSkeleton />
    </div>
  );
}

/** Why no chart is drawn, with the way to the dashboard, where the reader can find what they were sent. */
function EmbedMessage({ messageKey, onRetry }: { messageKey: 'embed.unknownChart' | 'embed.localDataset' | 'errors.panels' | 'errors.code'; onRetry?: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <div role="alert" className="flex flex-col items-start gap-2 rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-800">
      <p>{t(messageKey)}</p>
      {onRetry && <Button onClick={onRetry}>{t('errors.retry')}</Button>}
      <FullViewLink />
    </div>
  );
}
