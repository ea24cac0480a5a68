// From API data and the reader's choices to what a panel draws: which indicators, grouped into
// one chart per display unit (different units never share an axis), and the KPI of each.
import type { Indicator, Series } from '../api/contract';
import type { ValueMode } from '../state/filters-schema';
import { computeKpi, type Kpi } from './kpi';
import { applyValueMode, type ViewSeries } from './value-modes';
import type { DisplayUnit } from './view-point';

export interface IndicatorSelection {
  selected: Indicator[];
  /** Ids in the reader's choice (e.g. from a link) that the API does not know. */
  unknownIds: string[];
}

/** The reader's picks that exist; none picked means the featured ones (or the first). */
export function selectIndicators(indicators: Indicator[], chosenIds: string[]): IndicatorSelection {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const known = chosenIds.flatMap((id) => byId.get(id) ?? []);
  const unknownIds = chosenIds.filter((id) => !byId.has(id));
  if (known.length > 0) return { selected: known, unknownIds };
  const featured = indicators.filter((i) => i.isFeatured);
  return { selected: featured.length > 0 ? featured : indicators.slice(0, 1), unknownIds };
}

export interface SeriesGroup {
  unit: DisplayUnit;
  series: ViewSeries[];
}

export function buildSeriesGroups(selected: Indicator[], series: Series[], mode: ValueMode, from: number, to: number): SeriesGroup[] {
  const byId = new Map(series.map((s) => [s.indicatorId, s]));
  const groups = new Map<DisplayUnit, ViewSeries[]>();
  for (const indicator of selected) {
    const raw = byId.get(indicator.id) ?? { indicatorId: indicator.id, unit: indicator.unit, points: [] };
    const view = applyValueMode(raw, mode, from, to);
    groups.set(view.unit, [...(groups.get(view.unit) ?? []), view]);
  }
  return [...groups].map(([unit, members]) => ({ unit, series: members }));
}

export interface IndicatorKpi {
  indicator: Indicator;
  kpi: Kpi;
  series: ViewSeries;
}

/** KPIs read published values, so they use the absolute view whatever the mode. */
export function buildKpis(selected: Indicator[], series: Series[], from: number, to: number): IndicatorKpi[] {
  const byId = new Map(series.map((s) => [s.indicatorId, s]));
  return selected.map((indicator) => {
    const raw = byId.get(indicator.id) ?? { indicatorId: indicator.id, unit: indicator.unit, points: [] };
    const view = applyValueMode(raw, 'absolute', from, to);
    return { indicator, kpi: computeKpi(view.points, indicator.unit === 'percent'), series: view };
  });
}
