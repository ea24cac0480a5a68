// The slides of the show: the deck when it has slides; otherwise the current view, one slide
// per chart or per panel shown, each with the dashboard's current filters.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndicatorsResponse, SeriesResponse } from '../../api/contract';
import { apiQueries } from '../../api/queries';
import { useShownDomains } from '../../hooks/use-domains';
import { useRegionView } from '../../hooks/use-entities';
import { buildSeriesGroups, selectIndicators } from '../../model/panel-view';
import { useDeckSlides, type DeckSlide } from '../../state/deck';
import { selectFilters, useFilterStore, useYearRange } from '../../state/filters';
import { panelChoiceOf } from '../../state/filters-schema';
import { useActiveDataset } from '../../state/datasets';
import { useLanguage } from '../../state/language';
import { usePresentationStore } from '../../state/presentation';

/** A deck slide, or one cut from the current view (empty `indicators`: the featured ones). */
export type ShowSlide = DeckSlide;

// Module-level, so each combined list keeps its identity while no answer changes.
const indicatorsOf = (results: UseQueryResult<IndicatorsResponse>[]) => results.map((result) => result.data?.indicators ?? []);
const seriesOf = (results: UseQueryResult<SeriesResponse>[]) => results.map((result) => result.data?.series ?? []);
const NO_REGIONS: string[] = [];

export function useShowSlides(): { slides: ShowSlide[]; isFromDeck: boolean } {
  const deck = useDeckSlides();
  const split = usePresentationStore((s) => s.emptyDeckSplit);
  const filters = useFilterStore(useShallow(selectFilters));
  const shown = useShownDomains();
  const [from, to] = useYearRange();
  const language = useLanguage();
  const dataset = useActiveDataset();
  // The main region's figures decide what a panel opens on, as in the panel and the .pptx.
  const { mainId } = useRegionView(NO_REGIONS);
  // The data the current-view slides are cut from: the panels' own queries, so it comes from their cache.
  const indicators = useQueries({ queries: shown.map((domain) => apiQueries.indicators(domain, language, dataset)), combine: indicatorsOf });
  const series = useQueries({ queries: shown.map((domain) => apiQueries.domainSeries(domain, language, dataset)), combine: seriesOf });
  const fromView = useMemo(() => {
    const slides: ShowSlide[] = [];
    shown.forEach((domain, index) => {
      const panel = panelChoiceOf(filters.panels, domain);
      const base = { domain, from, to, mode: filters.mode, chart: panel.chart, ...(panel.regions.length > 0 && { regions: panel.regions }) };
      if (split === 'panel') {
        slides.push({ ...base, id: `view-${domain}`, indicators: panel.indicators });
        return;
      }
      const { selected } = selectIndicators(indicators[index] ?? [], panel.indicators, { series: series[index] ?? [], from, to, mainId });
      // The main region's series: the charts a panel splits into depend on units, not on regions.
      buildSeriesGroups(selected, series[index] ?? [], filters.mode, from, to).forEach((group, chart) => {
        slides.push({ ...base, id: `view-${domain}-${chart}`, indicators: group.series.map((s) => s.indicatorId) });
      });
    });
    return slides;
  }, [shown, filters, from, to, split, indicators, series, mainId]);
  if (deck.length > 0) return { slides: deck, isFromDeck: true };
  return { slides: fromView, isFromDeck: false };
}
