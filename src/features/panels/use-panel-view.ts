// Glue for one panel: the reader's choices (store) over the panel's data (queries), through
// the pure model, into ChartViews and KPIs. Memoised so a filter change recomputes once.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainId, Indicator } from '../../api/contract';
import type { ChartView } from '../../charts/chart-types';
import { colorAt } from '../../charts/palette';
import { usePanelData } from '../../hooks/use-panel-data';
import { buildKpis, buildSeriesGroups, selectIndicators } from '../../model/panel-view';
import type { ViewSeries } from '../../model/value-modes';
import { usePanelChoice, useValueMode, useYearRange } from '../../state/filters';

export function usePanelView(domain: DomainId) {
  const { t } = useTranslation();
  const data = usePanelData(domain);
  const [from, to] = useYearRange();
  const mode = useValueMode();
  const choice = usePanelChoice(domain);
  const { indicators, series } = data;

  const selection = useMemo(() => selectIndicators(indicators, choice.indicators), [indicators, choice.indicators]);

  const chartViews = useMemo((): ChartView[] => {
    const colorOf = new Map(indicators.map((indicator, index) => [indicator.id, colorAt(index)]));
    const titleOf = new Map(indicators.map((indicator) => [indicator.id, indicator.title]));
    // Each series is indexed to its own first year with a figure; say which when they differ.
    const indexNote = (members: ViewSeries[]) => {
      const years = new Set(members.map((m) => m.baseYear));
      const [only] = years;
      if (years.size === 1 && only !== undefined) return t('panel.indexBase', { year: only });
      return members.map((m) => `${titleOf.get(m.indicatorId) ?? m.indicatorId}: ${m.baseYear ?? '—'} = 100`).join('; ');
    };
    return buildSeriesGroups(selection.selected, series, mode, from, to).map((group) => ({
      id: `${domain}-${group.series.map((s) => s.indicatorId).join('-')}`,
      title: group.series.map((s) => titleOf.get(s.indicatorId) ?? s.indicatorId).join(' · '),
      subtitle: [`${from}–${to}`, t(`filters.modes.${mode}`), mode === 'index' ? indexNote(group.series) : ''].filter(Boolean).join(' · '),
      unit: group.unit,
      chartType: choice.chart,
      from,
      to,
      series: group.series.map((s) => ({ ...s, label: titleOf.get(s.indicatorId) ?? s.indicatorId, color: colorOf.get(s.indicatorId) ?? colorAt(0) })),
    }));
  }, [indicators, selection.selected, series, mode, from, to, choice.chart, domain, t]);

  const kpis = useMemo(() => {
    const colorOf = new Map(indicators.map((indicator: Indicator, index) => [indicator.id, colorAt(index)]));
    return buildKpis(selection.selected, series, from, to).map((k) => ({ ...k, color: colorOf.get(k.indicator.id) ?? colorAt(0) }));
  }, [indicators, selection.selected, series, from, to]);

  return { ...data, choice, mode, from, to, selection, chartViews, kpis };
}
