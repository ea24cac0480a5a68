// The filter store: the reader's choices, never server data. Components read it through the
// hooks below (atomic selectors); changes go through the event-named actions.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import type { DomainId, SeriesResponse, YearBounds } from '../api/contract';
import { apiQueries } from '../api/queries';
import { DEFAULT_FROM, defaultFilters, type ChartType, type Filters, type PanelChoice, type ValueMode } from './filters-schema';
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
}

export const useFilterStore = create<FilterState>()(() => ({ ...defaultFilters(), rejected: [], years: null, seriesYears: null }));

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
  useFilterStore.setState((state) => ({
    panels: { ...state.panels, [domain]: { ...state.panels[domain], ...change } },
  }));
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
  domainToggled(domain: DomainId) {
    const { domains } = useFilterStore.getState();
    const next = domains.includes(domain) ? domains.filter((id) => id !== domain) : [...domains, domain];
    const order = defaultFilters().domains;
    useFilterStore.setState({ domains: order.filter((id) => next.includes(id)) });
  },
  indicatorsChanged(domain: DomainId, indicators: string[]) {
    updatePanel(domain, { indicators });
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
    useFilterStore.setState((state) => ({
      panels: { ...state.panels, [domain]: { ...state.panels[domain], ...change } },
      rejected: [...state.rejected, ...rejected],
    }));
  },
  filtersReset() {
    useFilterStore.setState({ ...defaultFilters(), rejected: [] });
  },
  /** Replaces every choice at once: a URL was opened, or back/forward was pressed. */
  filtersLoaded(filters: Filters, rejected: RejectedParam[] = []) {
    const { years } = useFilterStore.getState();
    useFilterStore.setState({ ...filters, ...(years ? withinYears(filters, years, rejected) : { rejected }) });
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
export const useShownDomains = () => useFilterStore((s) => s.domains);
export const useRejectedParams = () => useFilterStore((s) => s.rejected);
export const useShowMilestones = () => useFilterStore((s) => s.showMilestones);

export function selectFilters(state: FilterState): Filters {
  return { from: state.from, to: state.to, mode: state.mode, domains: state.domains, panels: state.panels, showMilestones: state.showMilestones };
}
