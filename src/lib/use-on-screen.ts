// Whether an element is on screen (or close to it). True until the observer first reports, and
// always where IntersectionObserver is missing (jsdom, old browsers), so nothing waits on it.
import { useEffect, useState, type RefObject } from 'react';

/** Half a screen of margin: a panel about to scroll in counts as on screen. */
const MARGIN = '50% 0px';

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
