// The filters one panel draws with. The leading panel (the first on the page) follows the store
// at once; every other panel follows it through useDeferredValue: a filter change repaints the
// leading chart first and brings the others up to date in a background render, which React drops
// if the reader changes something again. The panel's own choices (indicators, chart type, view)
// are always live: they change this panel alone, and its controls must show a click at once.
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DomainId } from '../../api/contract';
import { resolveTo, useFilterStore, useYearBounds } from '../../state/filters';

export function usePanelFilters(domain: DomainId, isLeading: boolean) {
  const stored = useFilterStore(useShallow((s) => ({ from: s.from, to: s.to, mode: s.mode, showMilestones: s.showMilestones })));
  const years = useYearBounds();
  const live = useMemo(() => ({ ...stored, to: resolveTo(stored.to, years, null) }), [stored, years]);
  const choice = useFilterStore((s) => s.panels[domain]);
  const deferred = useDeferredValue(live);
  const shared = isLeading ? live : deferred;
  // The same object while the choices are the same, so what depends on it can be memoised.
  return useMemo(() => ({ ...shared, choice, isCatchingUp: shared !== live }), [shared, choice, live]);
}

export type PanelFilters = ReturnType<typeof usePanelFilters>;
