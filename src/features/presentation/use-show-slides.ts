// The slides of the show: the deck when it has slides; otherwise the current view, one slide
// per chart or per panel, each with the dashboard's current filters.
import { useMemo } from 'react';
import { usePanelData } from '../../hooks/use-panel-data';
import { buildSeriesGroups, selectIndicators } from '../../model/panel-view';
import { useDeckSlides, type DeckSlide } from '../../state/deck';
import { selectFilters, useFilterStore, useYearRange } from '../../state/filters';
import { usePresentationStore } from '../../state/presentation';
import { useShallow } from 'zustand/react/shallow';

/** A deck slide, or one cut from the current view (empty `indicators`: the featured ones). */
export type ShowSlide = DeckSlide;

export function useShowSlides(): { slides: ShowSlide[]; isFromDeck: boolean } {
  const deck = useDeckSlides();
  const split = usePresentationStore((s) => s.emptyDeckSplit);
  const filters = useFilterStore(useShallow(selectFilters));
  const [from, to] = useYearRange();
  // One hook call per domain, in a fixed order: the data the current-view slides are cut from.
  const data = { macro: usePanelData('macro'), nev: usePanelData('nev'), electronics: usePanelData('electronics'), materials: usePanelData('materials') };
  const fromView = useMemo(() => {
    const slides: ShowSlide[] = [];
    for (const domain of filters.domains) {
      const { indicators, series } = data[domain];
      const panel = filters.panels[domain];
      const base = { domain, from, to, mode: filters.mode, chart: panel.chart };
      if (split === 'panel') {
        slides.push({ ...base, id: `view-${domain}`, indicators: panel.indicators });
        continue;
      }
      const { selected } = selectIndicators(indicators, panel.indicators);
      buildSeriesGroups(selected, series, filters.mode, from, to).forEach((group, index) => {
        slides.push({ ...base, id: `view-${domain}-${index}`, indicators: group.series.map((s) => s.indicatorId) });
      });
    }
    return slides;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- data[...] is new each render; its arrays are not
  }, [filters, from, to, split, data.macro.series, data.nev.series, data.electronics.series, data.materials.series, data.macro.indicators, data.nev.indicators, data.electronics.indicators, data.materials.indicators]);
  if (deck.length > 0) return { slides: deck, isFromDeck: true };
  return { slides: fromView, isFromDeck: false };
}
