// Registers what the panel's composed image is made of (export/panel-image-source.ts): the same
// charts, KPIs and facts the panel shows, with the reader's chart texts and milestones.
import { useEffect } from 'react';
import { useTranslation } from '../../lib/i18n';
import { milestonesForChart } from '../../charts/chart-views';
import type { ChartMilestone } from '../../charts/trend-chart';
import { registerPanelImageSource, unregisterPanelImageSource } from '../../export/panel-image-source';
import { chartTextsOf } from '../../state/chart-texts';
import { useFilterStore } from '../../state/filters';
import { factsShown } from './facts-shown';
import type { usePanelView } from './use-panel-view';

interface PanelImageInput {
  domain: string;
  title: string;
  summary: string | undefined;
  view: ReturnType<typeof usePanelView>;
  company: string | null;
  milestones: ChartMilestone[];
}

export function usePanelImageSource({ domain, title, summary, view, company, milestones }: PanelImageInput): void {
  const { t } = useTranslation();
  const charts = useFilterStore((s) => s.charts);
  useEffect(() => {
    registerPanelImageSource(domain, () => {
      const facts = factsShown(view.facts, company, view.from, view.to);
      const companyFact = company === null ? undefined : facts.find((fact) => fact.entity === company);
      return {
        domain,
        title,
        ...(summary && { summary }),
        from: view.from,
        to: view.to,
        modeLabel: t(`filters.modes.${view.mode}`),
        regionNames: view.regions.shown.map((region) => region.name),
        charts: view.chartViews.map((chart) => ({
          view: chart,
          texts: chartTextsOf(charts, chart.id),
          milestones: milestonesForChart(chart, milestones, view.regions.mainId),
        })),
        kpis: view.kpis.map(({ label, indicator, kpi }) => ({ label, unit: indicator, kpi })),
        facts,
        ...(companyFact && { companyName: companyFact.entityName ?? companyFact.entity ?? '' }),
        sourcesById: view.sourcesById,
      };
    });
  });
  useEffect(() => () => unregisterPanelImageSource(domain), [domain]);
}
