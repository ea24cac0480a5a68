// One panel's choices over its data, through the pure model, into ChartViews and KPIs.
import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId } from '../../api/contract';
import { buildChartViews, indicatorColors } from '../../charts/chart-views';
import { colorAt } from '../../charts/palette';
import { usePanelData } from '../../hooks/use-panel-data';
import { buildKpis, selectIndicators } from '../../model/panel-view';
import type { PanelFilters } from './use-panel-filters';

/** `isLeading`: the first panel on the page; the others take new data in the background. */
export function usePanelView(domain: DomainId, filters: PanelFilters, isLeading: boolean) {
  const { t } = useTranslation();
  const data = usePanelData(domain, { isInBackground: !isLeading });
  const { from, mode, choice } = filters;
  const { indicators, series } = data;
  // Until the API has said the data's years, the latest year of this panel's own series.
  const to = filters.to ?? Math.max(from, ...series.map((s) => Number(s.points.at(-1)?.period.slice(0, 4) ?? from)));

  const selection = useMemo(() => selectIndicators(indicators, choice.indicators), [indicators, choice.indicators]);

  const chartViews = useMemo(
    () =>
      buildChartViews(
        indicators,
        series,
        { idPrefix: domain, selected: selection.selected, mode, from, to, chartType: choice.chart },
        { mode: t(`filters.modes.${mode}`), indexBase: (year) => t('panel.indexBase', { year }) },
      ),
    [indicators, selection.selected, series, mode, from, to, choice.chart, domain, t],
  );

  const kpis = useMemo(() => {
    const colorOf = indicatorColors(indicators);
    return buildKpis(selection.selected, series, from, to).map((k) => ({ ...k, color: colorOf.get(k.indicator.id) ?? colorAt(0) }));
  }, [indicators, selection.selected, series, from, to]);

  return { ...data, choice, mode, from, to, selection, chartViews, kpis };
}
