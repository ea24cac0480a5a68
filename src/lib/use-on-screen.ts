// Whether an element is on screen (or close to it). True until the observer first reports, and
// always where IntersectionObserver is missing (jsdom, old browsers), so nothing waits on it.
import { useEffect, useState, type RefObject } from 'react';

/**
 * No margin: what the reader sees now is drawn first. A panel scrolled into view during a
 * background render shows its previous state (marked busy) for the few frames it takes.
 */
const MARGIN = '0px';

export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [isOnScreen, setIsOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setIsOnScreen(last.isIntersecting);
    }, { rootMargin: MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isOnScreen;
}
