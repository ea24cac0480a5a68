// What a reader can choose, and its defaults. Pure data: the store, the URL codec and the
// panels all read these definitions.
import type { DomainId } from '../api/contract';

/** `share`: a region's figure as a percent of its country's, computed by us (model/share-of-total.ts). */
export const VALUE_MODES = ['absolute', 'yoy', 'index', 'share'] as const;
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
  /** Regions charted side by side (entity ids, in the data's order); empty means the main region. */
  regions: string[];
}

/** A chart's own texts for its caption and images, as the reader edited them; a part left out keeps the chart's. */
export interface ChartTexts {
  title?: string;
  subtitle?: string;
  /** A note or byline printed under the chart. */
  note?: string;
}

export const CHART_TEXT_KEYS = ['title', 'subtitle', 'note'] as const;
export type ChartTextKey = (typeof CHART_TEXT_KEYS)[number];

/** Long enough for a headline, a dek and a credit line; short enough to fit the image. */
export const CHART_TEXT_MAX: Record<ChartTextKey, number> = { title: 120, subtitle: 160, note: 240 };

export interface Filters {
  from: number;
  /** null: the data's latest year, whichever that is (the API says: useYearBounds). */
  to: number | null;
  mode: ValueMode;
  /** Panels shown, in the data's order once it is known; null: every panel the data has. */
  domains: DomainId[] | null;
  /** The choices of the panels a reader changed; the others have the defaults (panelChoiceOf). */
  panels: Readonly<Record<DomainId, PanelChoice>>;
  /** Dated milestones drawn on the charts. */
  showMilestones: boolean;
  /** Texts the reader gave charts, by ChartView.id. */
  charts: Readonly<Record<string, ChartTexts>>;
}

/** The 14th Five-Year Plan period, from its first year to the latest data. */
export const DEFAULT_FROM = 2020;

export const defaultPanelChoice = (): PanelChoice => ({ indicators: [], chart: 'line', view: 'chart', company: null, regions: [] });

const DEFAULT_PANEL_CHOICE: Readonly<PanelChoice> = Object.freeze(defaultPanelChoice());

/** A panel's choices; own keys only, so an id such as "constructor" never reads Object's. */
export const panelChoiceOf = (panels: Filters['panels'], domain: DomainId): Readonly<PanelChoice> =>
  Object.hasOwn(panels, domain) ? (panels[domain] ?? DEFAULT_PANEL_CHOICE) : DEFAULT_PANEL_CHOICE;

const isDefaultChoice = ({ indicators, chart, view, company, regions }: PanelChoice) =>
  indicators.length === 0 && chart === 'line' && view === 'chart' && company === null && regions.length === 0;

/** The panels' choices with one panel's changed; a panel back at the defaults leaves the record, so equal states are equal. */
export function withPanelChoice(panels: Filters['panels'], domain: DomainId, change: Partial<PanelChoice>): Filters['panels'] {
  const choice = { ...panelChoiceOf(panels, domain), ...change };
  const others = Object.entries(panels).filter(([id]) => id !== domain);
  return Object.fromEntries(isDefaultChoice(choice) ? others : [...others, [domain, choice]]);
}

export function defaultFilters(): Filters {
  return { from: DEFAULT_FROM, to: null, mode: 'absolute', domains: null, showMilestones: true, panels: {}, charts: {} };
}
