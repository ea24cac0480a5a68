// Keeps the filter store and the address bar in step, both ways, and remembers the last view.
// Each filter change is a history entry, so Back undoes it; opening a link or pressing Back
// loads the URL into the store without writing a new entry.
import { filterActions, selectFilters, takeUrlCorrectionFlag, useFilterStore } from './filters';
import { parseFilters, serializeFilters } from './filters-url';
import { followLanguageInUrl } from './language';

export const LAST_VIEW_KEY = 'cq-dashboard:last-view:v1';

function readLastView(): string | null {
  try {
    return window.localStorage.getItem(LAST_VIEW_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): start from defaults
  }
}

function writeLastView(query: string) {
  try {
    window.localStorage.setItem(LAST_VIEW_KEY, query);
  } catch {
    // Quota or policy: remembering the view is a convenience, not worth an error.
  }
}

/** Starts syncing; returns a function that stops it (tests, hot reload). */
export function startUrlSync(): () => void {
  const fromUrl = window.location.search;
  const hasUrlFilters = [...new URLSearchParams(fromUrl).keys()].some((key) => !['lang', 'present', 'deck', 'theme'].includes(key));
  if (hasUrlFilters) {
    const { filters, rejected } = parseFilters(fromUrl);
    filterActions.filtersLoaded(filters, rejected);
  } else {
    // A stored view may be from an older version or corrupted: the parser copes with both,
    // and what it rejects is dropped silently, since the reader never typed it.
    const { filters } = parseFilters(readLastView() ?? '');
    filterActions.filtersLoaded(filters);
  }
  let lastQuery = serializeFilters(selectFilters(useFilterStore.getState()));
  writeUrl(lastQuery, 'replace');
  writeLastView(lastQuery); // an opened link is the latest view too

  const unsubscribe = useFilterStore.subscribe((state) => {
    const query = serializeFilters(selectFilters(state));
    if (query === lastQuery) return;
    lastQuery = query;
    writeUrl(query, takeUrlCorrectionFlag() ? 'replace' : 'push');
    writeLastView(query);
  });
  const onPopState = () => {
    const { filters, rejected } = parseFilters(window.location.search);
    lastQuery = serializeFilters(filters);
    filterActions.filtersLoaded(filters, rejected);
    followLanguageInUrl(); // Back past a language switch returns to that language too
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function writeUrl(query: string, how: 'push' | 'replace') {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(query);
  // Language and presentation parameters travel with the link; they are not filters.
  for (const key of ['lang', 'present', 'deck', 'theme']) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  const search = next.toString().replace(/%2C/g, ',');
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
