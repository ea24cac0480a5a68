// The filters one panel draws with. A panel on screen follows the store at once; a panel off
// screen follows it through useDeferredValue, so a filter change repaints what the reader sees
// first and brings the other panels up to date in a background render right after, which React
// interrupts if the reader changes something again (issue #7: a global filter change used to
// re-render every chart of the dashboard before the next paint).
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DomainId } from '../../api/contract';
import { useFilterStore } from '../../state/filters';

export function usePanelFilters(domain: DomainId, isOnScreen: boolean) {
  const live = useFilterStore(
    useShallow((s) => ({ from: s.from, to: s.to, mode: s.mode, choice: s.panels[domain], showMilestones: s.showMilestones })),
  );
  const deferred = useDeferredValue(live);
  const filters = isOnScreen ? live : deferred;
  // The same object while the choices are the same, so what depends on it can be memoised.
  return useMemo(() => ({ ...filters, isCatchingUp: filters !== live }), [filters, live]);
}

export type PanelFilters = ReturnType<typeof usePanelFilters>;
