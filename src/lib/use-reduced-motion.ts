// Whether the reader asked the system for less motion. Charts then appear without animation.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One MediaQueryList for every chart: matchMedia parses the query on each call, and the
// snapshot is read on every render of every chart.
let media: MediaQueryList | null | undefined;
const mediaQuery = () => (media ??= typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void) {
  const list = mediaQuery();
  if (!list) return () => undefined;
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const read = () => mediaQuery()?.matches ?? false;

export const usePrefersReducedMotion = () => useSyncExternalStore(subscribe, read, () => false);
