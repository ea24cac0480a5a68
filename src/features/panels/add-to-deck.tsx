// Pins a chart, with the filters and value mode it has now, as a slide of the presenter's deck.
import { useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { deckActions, useDeckStore } from '../../state/deck';
import type { ValueMode } from '../../state/filters-schema';
import { Button } from '../../ui/button';

export function AddToDeck({ domain, chart, mode }: { domain: DomainId; chart: ChartView; mode: ValueMode }) {
  const { t } = useTranslation();
  const indicators = [...new Set(chart.series.map((s) => s.indicatorId))];
  const regions = [...new Set(chart.series.flatMap((s) => s.entityId ?? []))];
  // "Added as slide n" shows only while the chart still shows what the slide pinned.
  const viewKey = [indicators.join(','), regions.join(','), chart.from, chart.to, mode, chart.chartType].join('|');
  const [added, setAdded] = useState<{ viewKey: string; text: string }>();
  const status = added?.viewKey === viewKey ? added.text : '';
  const add = () => {
    const isAdded = deckActions.slideAdded({ domain, indicators, ...(regions.length > 0 && { regions }), from: chart.from, to: chart.to, mode, chart: chart.chartType });
    // The title slide is slide 1, so the n-th pinned view is slide n + 1.
    setAdded({ viewKey, text: isAdded ? t('deck.added', { n: useDeckStore.getState().slides.length + 1 }) : t('deck.notAdded') });
  };
  return (
    <span className="flex items-center gap-2" data-export-ignore="">
      <span role="status" className="text-xs text-slate-600">
        {status}
      </span>
      <Button className="px-2.5 py-1" onClick={add} aria-label={t('export.labelled', { label: t('deck.add'), text: chart.title })}>
        {t('deck.add')}
      </Button>
    </span>
  );
}
