// Which panel a filter change redraws first: the first one on screen, in reading order. The
// others on screen follow in a background render right after its paint, like the panels off
// screen (use-panel-filters.ts). Two charts redrawn before one paint kept the reader waiting
// for both (issue #7); one at a time, the first is seen at once and the second a frame later.
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import type { DomainId } from '../../api/contract';

const onScreen = new Map<DomainId, Element>();
const listeners = new Set<() => void>();
let leading: DomainId | undefined;

function update() {
  // Document order is reading order: the grid fills left to right, then top to bottom.
  const [first] = [...onScreen].sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const next = first?.[0];
  if (next === leading) return;
  leading = next;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * True for the first panel on screen; registers the panel's element while `isOnScreen`.
 * `isFirstShown`: the panel comes first on the page, so it leads until the panels have
 * registered (their first render).
 */
export function useIsLeadingPanel(domain: DomainId, ref: RefObject<Element | null>, isOnScreen: boolean, isFirstShown = true): boolean {
  useEffect(() => {
    const element = ref.current;
    if (!isOnScreen || !element) return;
    onScreen.set(domain, element);
    update();
    return () => {
      if (onScreen.get(domain) === element) onScreen.delete(domain);
      update();
    };
  }, [domain, ref, isOnScreen]);
  // Until the panels have registered (the first render), the first on the page leads: a first
  // render that finds every panel's data in the cache draws that panel's chart at once, and the
  // others in the background render after it. A panel off screen never leads, even when no
  // panel is on screen.
  const isLeading = useSyncExternalStore(subscribe, () => (leading === undefined ? isFirstShown : leading === domain), () => isFirstShown);
  return isOnScreen && isLeading;
}
