// The filter store: the reader's choices, never server data. Components read it through the
// hooks below (atomic selectors); changes go through the event-named actions.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import type { DomainId, SeriesResponse, YearBounds } from '../api/contract';
import { apiQueries } from '../api/queries';
import { DEFAULT_FROM, defaultFilters, withPanelChoice, type ChartTexts, type ChartType, type Filters, type PanelChoice, type ValueMode } from './filters-schema';
import { chartTextsOf, withChartTexts } from './chart-texts';
import { withinDomains } from './filters-domains';
import { storedRegions, withinEntities, type KnownEntities } from './filters-entities';
import type { RejectedParam } from './filters-url';
import { useActiveDataset, useIsDatasetReady } from './datasets';
import { useLanguage } from './language';

interface FilterState extends Filters {
  /** URL parameters that were ignored on the last load, for the notice bar. */
  rejected: RejectedParam[];
  /** The data's years, for the actions' checks, once the filter bar has them (yearBoundsKnown). */
  years: YearBounds | null;
  /** The first and last years of the series loaded so far: the years offered when the API does not state them. */
  seriesYears: YearBounds | null;
  /** The data's panels in its order, for the actions' checks, once `/domains` has said them (domainsKnown). */
  domainIds: DomainId[] | null;
  /** The data's regions, for the actions' checks, once `/domains` has said them (entitiesKnown). */
  entities: KnownEntities | null;
}

export const useFilterStore = create<FilterState>()(() => ({ ...defaultFilters(), rejected: [], years: null, seriesYears: null, domainIds: null, entities: null }));

let isNextUrlWriteACorrection = false;
/** For url-sync: true once after a correction, which replaces the history entry. */
export function takeUrlCorrectionFlag(): boolean {
  const value = isNextUrlWriteACorrection;
  isNextUrlWriteACorrection = false;
  return value;
}

function clampYear(year: number): number {
  const { years } = useFilterStore.getState();
  return years ? Math.min(years.max, Math.max(years.min, Math.round(year))) : Math.round(year);
}

/** The latest year is kept as null, so the view (and its link) follows newer data. */
const toStored = (year: number) => (year === useFilterStore.getState().years?.max ? null : year);

function updatePanel(domain: DomainId, change: Partial<PanelChoice>) {
  useFilterStore.setState((state) => ({ panels: withPanelChoice(state.panels, domain, change) }));
}

/** Filters checked against what the data has (its panels, regions and years), as far as it is known. */
function checked(filters: Filters, rejected: RejectedParam[]) {
  const { years, domainIds, entities } = useFilterStore.getState();
  const panels = domainIds ? withinDomains(filters, domainIds) : { domains: filters.domains, panels: filters.panels, rejected: [] };
  const regions = entities ? withinEntities({ panels: panels.panels, mode: filters.mode }, entities) : { panels: panels.panels, mode: filters.mode, rejected: [] };
  if (panels.domains !== filters.domains || regions.panels !== filters.panels || regions.mode !== filters.mode) isNextUrlWriteACorrection = true;
  const reported = [...rejected, ...panels.rejected, ...regions.rejected];
  const range = years ? withinYears(filters, years, reported) : { from: filters.from, to: filters.to, rejected: reported };
  return { ...range, domains: panels.domains, panels: regions.panels, mode: regions.mode };
}

/** The range moved into the data's years, what was outside reported; a correction replaces the history entry. */
function withinYears({ from, to }: Pick<Filters, 'from' | 'to'>, years: YearBounds, rejected: RejectedParam[]) {
  const isOutside = (year: number) => year < years.min || year > years.max;
  const reports: RejectedParam[] = [];
  if (isOutside(from) && from !== DEFAULT_FROM) reports.push({ param: 'from', value: String(from), reason: 'invalid_value' });
  if (to !== null && isOutside(to)) reports.push({ param: 'to', value: String(to), reason: 'invalid_value' });
  const next = { from: Math.min(years.max, Math.max(years.min, from)), to: to === null || isOutside(to) || to === years.max ? null : to };
  if (next.from !== from || next.to !== to) isNextUrlWriteACorrection = true;
  return { ...next, rejected: [...rejected, ...reports] };
}

export const filterActions = {
  /** Keeps from <= to: moving one end past the other pulls the other along. */
  yearRangeChanged(from: number, to: number) {
    const a = clampYear(from);
    const b = clampYear(to);
    useFilterStore.setState({ from: Math.min(a, b), to: toStored(Math.max(a, b)) });
  },
  fromYearChanged(from: number) {
    const { to } = useFilterStore.getState();
    const year = clampYear(from);
    useFilterStore.setState({ from: year, to: to === null ? null : toStored(Math.max(year, to)) });
  },
  toYearChanged(to: number) {
    const { from } = useFilterStore.getState();
    const year = clampYear(to);
    useFilterStore.setState({ to: toStored(year), from: Math.min(year, from) });
  },
  /** Years outside the data's (from a link or the last view) are corrected and reported; the default `from` silently. */
  yearBoundsKnown(years: YearBounds) {
    const { from, to, rejected } = useFilterStore.getState();
    useFilterStore.setState({ years, ...withinYears({ from, to }, years, rejected) });
  },
  /** Panels the data does not have (from a link or the last view) are dropped and reported; the rest follow the data's order. */
  domainsKnown(domainIds: DomainId[]) {
    const state = useFilterStore.getState();
    if (state.domainIds?.join() === domainIds.join()) return;
    const next = withinDomains(state, domainIds);
    useFilterStore.setState({ domainIds, domains: next.domains, panels: next.panels, rejected: [...state.rejected, ...next.rejected] });
  },
  /** Regions the data does not have (from a link or the last view) are dropped and reported, as is a share mode with no country to share in. */
  entitiesKnown(entities: KnownEntities) {
    const state = useFilterStore.getState();
    if (state.entities?.ids.join() === entities.ids.join() && state.entities.hasCountry === entities.hasCountry) return;
    const next = withinEntities(state, entities);
    if (next.panels !== state.panels || next.mode !== state.mode) isNextUrlWriteACorrection = true;
    useFilterStore.setState({ entities, panels: next.panels, mode: next.mode, rejected: [...state.rejected, ...next.rejected] });
  },
  /** Widens seriesYears to a domain's series just loaded; points run in order. */
  seriesLoaded({ series }: SeriesResponse) {
    const { seriesYears } = useFilterStore.getState();
    const years = series.flatMap(({ points }) => [points[0], points.at(-1)]).flatMap((point) => (point ? [Number(point.period.slice(0, 4))] : []));
    if (seriesYears) years.push(seriesYears.min, seriesYears.max);
    if (years.length === 0) return;
    const min = Math.min(...years);
    const max = Math.max(...years);
    if (min !== seriesYears?.min || max !== seriesYears.max) useFilterStore.setState({ seriesYears: { min, max } });
  },
  valueModeChanged(mode: ValueMode) {
    useFilterStore.setState({ mode });
  },
  /** `offered`: the panels the reader can choose from, in the data's order; all of them shown is stored as null. */
  domainToggled(domain: DomainId, offered: readonly DomainId[]) {
    const { domains } = useFilterStore.getState();
    const shown = domains ?? offered;
    const next = offered.filter((id) => (id === domain ? !shown.includes(id) : shown.includes(id)));
    useFilterStore.setState({ domains: next.length === offered.length ? null : next });
  },
  indicatorsChanged(domain: DomainId, indicators: string[]) {
    updatePanel(domain, { indicators });
  },
  /** The regions a panel charts side by side; the main one alone is stored as none. */
  regionsChanged(domain: DomainId, regions: string[]) {
    const { entities } = useFilterStore.getState();
    updatePanel(domain, { regions: entities ? storedRegions(regions, entities) : regions });
  },
  chartTypeChanged(domain: DomainId, chart: ChartType) {
    updatePanel(domain, { chart });
  },
  companyChanged(domain: DomainId, company: string | null) {
    updatePanel(domain, { company });
  },
  panelViewChanged(domain: DomainId, view: PanelChoice['view']) {
    updatePanel(domain, { view });
  },
  /** A link's choice the data does not know: dropped, reported, and the address corrected in place. */
  unknownChoicesDropped(domain: DomainId, change: Partial<PanelChoice>, rejected: RejectedParam[]) {
    isNextUrlWriteACorrection = true;
    useFilterStore.setState((state) => ({ panels: withPanelChoice(state.panels, domain, change), rejected: [...state.rejected, ...rejected] }));
  },
  filtersReset() {
    useFilterStore.setState({ ...defaultFilters(), rejected: [] });
  },
  /** Replaces every choice at once: a URL was opened, or back/forward was pressed. */
  filtersLoaded(filters: Filters, rejected: RejectedParam[] = []) {
    useFilterStore.setState({ ...filters, ...checked(filters, rejected) });
  },
  /** A chart's own title, subtitle and note; null puts back the chart's own. */
  chartTextsChanged(chartId: string, texts: ChartTexts | null) {
    useFilterStore.setState((state) => ({ charts: withChartTexts(state.charts, chartId, texts) }));
  },
  milestonesToggled() {
    useFilterStore.setState((state) => ({ showMilestones: !state.showMilestones }));
  },
  /** Parameters another part of the app could not use (a broken deck link), for the notice bar. */
  paramsRejected(rejected: RejectedParam[]) {
    useFilterStore.setState((state) => ({ rejected: [...state.rejected, ...rejected] }));
  },
  noticeDismissed() {
    useFilterStore.setState({ rejected: [] });
  },
};

/** The data's first and last years as the API states them, kept across a language switch; undefined until it has (or when it never does). */
export function useStatedYearBounds(): YearBounds | undefined {
  return useQuery({ ...apiQueries.domains(useLanguage(), useActiveDataset()), enabled: useIsDatasetReady(), placeholderData: keepPreviousData, select: (answer) => answer.years }).data;
}

/** The years to offer: the API's, else the last it stated, else those of the series loaded; undefined while nothing is known. */
export function useYearBounds(): YearBounds | undefined {
  const stated = useStatedYearBounds();
  const known = useFilterStore((s) => s.years);
  const loaded = useFilterStore((s) => s.seriesYears);
  return stated ?? known ?? loaded ?? undefined;
}

/** The latest year when `to` is null; `fallback` while no years are known. */
export const resolveTo = <T>(to: number | null, years: YearBounds | undefined, fallback: T) => to ?? years?.max ?? fallback;

/** The range shown, `to` resolved. */
export function useYearRange() {
  const from = useFilterStore((s) => s.from);
  const to = useFilterStore((s) => s.to);
  return [from, resolveTo(to, useYearBounds(), from)] as const;
}
export const useValueMode = () => useFilterStore((s) => s.mode);
/** The panels chosen: null for all of them (hooks/use-domains.ts turns it into the panels shown). */
export const useChosenDomains = () => useFilterStore((s) => s.domains);
export const useRejectedParams = () => useFilterStore((s) => s.rejected);
export const useShowMilestones = () => useFilterStore((s) => s.showMilestones);
/** The texts the reader gave a chart, if any. */
export const useChartTexts = (chartId: string) => useFilterStore((s) => chartTextsOf(s.charts, chartId));

export function selectFilters(state: FilterState): Filters {
  return { from: state.from, to: state.to, mode: state.mode, domains: state.domains, panels: state.panels, showMilestones: state.showMilestones, charts: state.charts };
}
