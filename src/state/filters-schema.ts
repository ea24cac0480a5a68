// What a reader can choose, and its defaults. Pure data: the store, the URL codec and the
// panels all read these definitions.
import { DOMAIN_IDS, type DomainId } from '../api/contract';

export const VALUE_MODES = ['absolute', 'yoy', 'index'] as const;
export type ValueMode = (typeof VALUE_MODES)[number];

export const CHART_TYPES = ['line', 'bar', 'area'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface PanelChoice {
  /** Indicators charted; empty means the domain's featured indicators. */
  indicators: string[];
  chart: ChartType;
  /** The chart, or the table of the values it shows. */
  view: 'chart' | 'table';
  /** Company whose facts are shown; null shows all. */
  company: string | null;
}

export interface Filters {
  from: number;
  /** null: the data's latest year, whichever that is (the API says: useYearBounds). */
  to: number | null;
  mode: ValueMode;
  /** Domains shown, always in the canonical order. */
  domains: DomainId[];
  panels: Record<DomainId, PanelChoice>;
  /** Dated milestones drawn on the charts. */
  showMilestones: boolean;
}

/** The 14th Five-Year Plan period, from its first year to the latest data. */
export const DEFAULT_FROM = 2020;

export const defaultPanelChoice = (): PanelChoice => ({ indicators: [], chart: 'line', view: 'chart', company: null });

export function defaultFilters(): Filters {
  return {
    from: DEFAULT_FROM,
    to: null,
    mode: 'absolute',
    domains: [...DOMAIN_IDS],
    showMilestones: true,
    panels: {
      macro: defaultPanelChoice(),
      nev: defaultPanelChoice(),
      electronics: defaultPanelChoice(),
      materials: defaultPanelChoice(),
    },
  };
}
