// What a composed panel image is made of, registered by each panel as it renders: its charts
// with the reader's texts, its KPIs, the facts it shows and its sources. The image is built from
// these, never from the page's HTML, so no control and no gap of the interface gets into it.
import type { Fact, Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import type { ChartMilestone } from '../charts/trend-chart';
import type { Kpi } from '../model/kpi';
import type { UnitLike } from '../model/units';
import type { ChartTexts } from '../state/filters-schema';

export interface PanelImageSource {
  domain: string;
  title: string;
  summary?: string;
  from: number;
  to: number;
  /** The value mode in words: "Absolute". */
  modeLabel: string;
  /** The regions the panel charts, by name; empty when the data names none. */
  regionNames: string[];
  charts: { view: ChartView; texts?: ChartTexts; milestones: ChartMilestone[] }[];
  kpis: { label: string; unit: UnitLike; kpi: Kpi }[];
  /** The facts the panel shows for its filters (years, company), in its order. */
  facts: Fact[];
  /** The company the facts are narrowed to, by name. */
  companyName?: string;
  sourcesById: Map<string, Source>;
}

// A getter rather than the data: built only when an image is asked for.
const sources = new Map<string, () => PanelImageSource>();

export function registerPanelImageSource(domain: string, source: () => PanelImageSource): void {
  sources.set(domain, source);
}

export function unregisterPanelImageSource(domain: string): void {
  sources.delete(domain);
}

/** The panels' sources in the order asked for; a panel not drawn yet is left out. */
export const panelImageSources = (domains: readonly string[]): PanelImageSource[] => domains.flatMap((domain) => sources.get(domain)?.() ?? []);
