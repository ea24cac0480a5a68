// One panel's choices over its data, through the pure model, into ChartViews and KPIs.
import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId } from '../../api/contract';
import { buildChartViews, seriesColors } from '../../charts/chart-views';
import { useRegionView } from '../../hooks/use-entities';
import { usePanelData } from '../../hooks/use-panel-data';
import { formatList } from '../../model/format';
import { buildKpis, selectIndicators } from '../../model/panel-view';
import { regionLabel, regionRequests } from '../../model/regions';
import type { PanelFilters } from './use-panel-filters';

/** `isLeading`: the first panel on the page; the others take new data in the background. */
export function usePanelView(domain: DomainId, filters: PanelFilters, isLeading: boolean) {
  const { t, i18n } = useTranslation();
  const { from, choice } = filters;
  const chosenRegions = useRegionView(choice.regions);
  // The country's figures come too in share mode: a share is computed against them.
  const isShare = filters.mode === 'share';
  const requests = useMemo(() => regionRequests(chosenRegions, isShare), [chosenRegions, isShare]);
  const basis = useMemo(() => ({ regions: chosenRegions, isShare }), [chosenRegions, isShare]);
  const data = usePanelData(domain, { isInBackground: !isLeading, requests, basis });
  // Drawn with the regions its data was loaded for, so a region on its way is never a line of gaps;
  // and, while the country's figures come, as published rather than as shares of nothing.
  const shown = data.basis ?? basis;
  const { regions } = shown;
  const mode = shown.isShare === isShare ? filters.mode : shown.isShare ? 'share' : 'absolute';
  const { indicators, series } = data;
  // Until the API has said the data's years, the latest year of this panel's own series.
  const to = filters.to ?? Math.max(from, ...series.map((s) => Number(s.points.at(-1)?.period.slice(0, 4) ?? from)));

  // The main region's figures decide what the panel opens on, whichever regions are shown beside it.
  const { mainId } = regions;
  const selection = useMemo(() => selectIndicators(indicators, choice.indicators, { series, from, to, mainId }), [indicators, choice.indicators, series, from, to, mainId]);

  const chartViews = useMemo(
    () =>
      buildChartViews(
        indicators,
        series,
        { idPrefix: domain, selected: selection.selected, mode, from, to, chartType: choice.chart, regions },
        {
          mode: t(`filters.modes.${mode}`),
          indexBase: (year) => t('panel.indexBase', { year }),
          shareBase: (country) => t('panel.shareBase', { country }),
          list: (items) => formatList(items, i18n.language),
          nominal: (title) => t('panel.nominal', { title }),
        },
      ),
    [indicators, selection.selected, series, mode, from, to, choice.chart, domain, regions, t, i18n.language],
  );

  const kpis = useMemo(() => {
    const colorOf = seriesColors(indicators);
    return buildKpis(selection.selected, series, from, to, regions).map((k) => ({ ...k, label: regionLabel(k.indicator.title, k.region, regions), color: colorOf(k.indicator.id, k.region) }));
  }, [indicators, selection.selected, series, from, to, regions]);

  return { ...data, choice, mode, from, to, regions, chosenRegions, selection, chartViews, kpis };
}
