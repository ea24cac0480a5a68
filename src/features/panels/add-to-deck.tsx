// Pins a chart, with the filters and value mode it has now, as a slide of the presenter's deck.
// A view already in the deck is not pinned twice: the button says so and offers to show that slide.
import { useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { deckActions, useDeckIndexOf, useDeckStore } from '../../state/deck';
import type { ValueMode } from '../../state/filters-schema';
import { presentationActions } from '../../state/presentation';
import { Button } from '../../ui/button';

export function AddToDeck({ domain, chart, mode }: { domain: DomainId; chart: ChartView; mode: ValueMode }) {
  const { t } = useTranslation();
  const view = useMemo(() => {
    const indicators = [...new Set(chart.series.map((s) => s.indicatorId))];
    const regions = [...new Set(chart.series.flatMap((s) => s.entityId ?? []))];
    return { domain, indicators, ...(regions.length > 0 && { regions }), from: chart.from, to: chart.to, mode, chart: chart.chartType };
  }, [domain, chart, mode]);
  // The title slide is slide 1, so the deck's n-th view is slide n + 1.
  const deckIndex = useDeckIndexOf(view);
  const slideNumber = deckIndex + 2;
  // "Added as slide n" shows only while the chart still shows what the slide pinned.
  const viewKey = JSON.stringify(view);
  const [added, setAdded] = useState<{ viewKey: string; text: string }>();
  const status = added?.viewKey === viewKey ? added.text : '';
  const add = () => {
    const isAdded = deckActions.slideAdded(view);
    setAdded({ viewKey, text: isAdded ? t('deck.added', { n: useDeckStore.getState().slides.length + 1 }) : t('deck.notAdded') });
  };
  const present = () => {
    // Inside the click, as browsers require; refused, the show fills the window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    presentationActions.opened(deckIndex + 1);
  };
  return (
    <span className="flex items-center gap-2">
      <span role="status" className="text-xs text-slate-600">
        {status}
      </span>
      {deckIndex < 0 ? (
        <Button className="px-2.5 py-1" onClick={add} aria-label={t('export.labelled', { label: t('deck.add'), text: chart.title })}>
          {t('deck.add')}
        </Button>
      ) : (
        <Button className="px-2.5 py-1" onClick={present} title={t('deck.presentSlide', { n: slideNumber })} aria-label={t('deck.inDeckLabel', { n: slideNumber, title: chart.title })}>
          {t('deck.inDeck')}
        </Button>
      )}
    </span>
  );
}
