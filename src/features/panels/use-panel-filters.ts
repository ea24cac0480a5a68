// The filters one panel draws with. The first panel on the page follows the store at once; the
// others through useDeferredValue, in a background render React drops if the reader changes
// something again. The panel's own choices are always live: its controls answer a click at once.
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DomainId } from '../../api/contract';
import { resolveTo, useFilterStore, useYearBounds } from '../../state/filters';
import { panelChoiceOf } from '../../state/filters-schema';

export function usePanelFilters(domain: DomainId, isLeading: boolean) {
  const stored = useFilterStore(useShallow((s) => ({ from: s.from, to: s.to, mode: s.mode, showMilestones: s.showMilestones })));
  const years = useYearBounds();
  const live = useMemo(() => ({ ...stored, to: resolveTo(stored.to, years, null) }), [stored, years]);
  const choice = useFilterStore((s) => panelChoiceOf(s.panels, domain));
  const deferred = useDeferredValue(live);
  const shared = isLeading ? live : deferred;
  // The same object while the choices are the same, so what depends on it can be memoised.
  return useMemo(() => ({ ...shared, choice, isCatchingUp: shared !== live }), [shared, choice, live]);
}

export type PanelFilters = ReturnType<typeof usePanelFilters>;
