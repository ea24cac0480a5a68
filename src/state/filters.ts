// The filter store: the reader's choices, never server data. Components read it through the
// hooks below (atomic selectors); changes go through the event-named actions.
import { create } from 'zustand';
import type { DomainId } from '../api/contract';
import {
  MAX_YEAR,
  MIN_YEAR,
  defaultFilters,
  type ChartType,
  type Filters,
  type PanelChoice,
  type ValueMode,
} from './filters-schema';
import type { RejectedParam } from './filters-url';

interface FilterState extends Filters {
  /** URL parameters that were ignored on the last load, for the notice bar. */
  rejected: RejectedParam[];
}

export const useFilterStore = create<FilterState>()(() => ({ ...defaultFilters(), rejected: [] }));

let isNextUrlWriteACorrection = false;
/** For url-sync: true once after a correction, which replaces the history entry. */
export function takeUrlCorrectionFlag(): boolean {
  const value = isNextUrlWriteACorrection;
  isNextUrlWriteACorrection = false;
  return value;
}

const clampYear = (year: number) => Math.min(MAX_YEAR, Math.max(MIN_YEAR, Math.round(year)));

function updatePanel(domain: DomainId, change: Partial<PanelChoice>) {
  useFilterStore.setState((state) => ({
    panels: { ...state.panels, [domain]: { ...state.panels[domain], ...change } },
  }));
}

export const filterActions = {
  /** Keeps from <= to: moving one end past the other pulls the other along. */
  yearRangeChanged(from: number, to: number) {
    const a = clampYear(from);
    const b = clampYear(to);
    useFilterStore.setState({ from: Math.min(a, b), to: Math.max(a, b) });
  },
  fromYearChanged(from: number) {
    const { to } = useFilterStore.getState();
    const year = clampYear(from);
    useFilterStore.setState({ from: year, to: Math.max(year, to) });
  },
  toYearChanged(to: number) {
    const { from } = useFilterStore.getState();
    const year = clampYear(to);
    useFilterStore.setState({ to: year, from: Math.min(year, from) });
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
  /**
   * A choice from a link that the data does not know (an indicator id, a company): drop it,
   * tell the reader, and correct the address without a new history entry.
   */
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
    useFilterStore.setState({ ...filters, rejected });
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

export const useYearRange = () => [useFilterStore((s) => s.from), useFilterStore((s) => s.to)] as const;
export const useValueMode = () => useFilterStore((s) => s.mode);
export const useShownDomains = () => useFilterStore((s) => s.domains);
export const usePanelChoice = (domain: DomainId) => useFilterStore((s) => s.panels[domain]);
export const useRejectedParams = () => useFilterStore((s) => s.rejected);
export const useShowMilestones = () => useFilterStore((s) => s.showMilestones);

export function selectFilters(state: FilterState): Filters {
  return { from: state.from, to: state.to, mode: state.mode, domains: state.domains, panels: state.panels, showMilestones: state.showMilestones };
}
