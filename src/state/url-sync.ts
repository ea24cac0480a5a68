// Keeps the filter store and the address bar in step, both ways, and remembers the last view.
// Each filter change is a history entry, so Back undoes it; opening a link or pressing Back
// loads the URL into the store without writing a new entry. A change's entry is written just
// after the frame that shows it: pushState and localStorage cost milliseconds the reader would
// otherwise wait for before seeing the chart (issue #7). Changes within one frame share an entry.
import { filterActions, selectFilters, takeUrlCorrectionFlag, useFilterStore } from './filters';
import { parseFilters, serializeFilters } from './filters-url';
import { followLanguageInUrl } from './language';
import { LAST_VIEW_KEY, NON_FILTER_PARAMS, startingFilterQuery } from './start-params';
import { setPendingUrlWrite } from './url-writes';

/** A filter change's query, waiting for the frame that shows it. */
let pendingPush: string | null = null;
setPendingUrlWrite(() => flushPendingPush());

function writeLastView(query: string) {
  try {
    window.localStorage.setItem(LAST_VIEW_KEY, query);
  } catch {
    // Quota or policy: remembering the view is a convenience, not worth an error.
  }
}

/** Starts syncing; returns a function that stops it (tests, hot reload). */
export function startUrlSync(): () => void {
  const { query, isFromLink } = startingFilterQuery(window.location.search);
  const { filters, rejected } = parseFilters(query);
  // A stored view may be from an older version or corrupted: the parser copes with both, and
  // what it rejects is dropped silently, since the reader never typed it.
  filterActions.filtersLoaded(filters, isFromLink ? rejected : undefined);
  let lastQuery = serializeFilters(selectFilters(useFilterStore.getState()));
  writeUrl(lastQuery, 'replace');
  writeLastView(lastQuery); // an opened link is the latest view too

  const unsubscribe = useFilterStore.subscribe((state) => {
    const query = serializeFilters(selectFilters(state));
    if (query === lastQuery) return;
    lastQuery = query;
    if (takeUrlCorrectionFlag()) {
      // A correction replaces the entry of the link just opened: write it now, in order.
      flushPendingPush();
      writeUrl(query, 'replace');
      writeLastView(query);
    } else {
      schedulePush(query);
    }
  });
  const onPopState = () => {
    pendingPush = null; // the reader went elsewhere in history: that entry wins
    const { filters, rejected } = parseFilters(window.location.search);
    lastQuery = serializeFilters(filters);
    filterActions.filtersLoaded(filters, rejected);
    followLanguageInUrl(); // Back past a language switch returns to that language too
  };
  // The last change is remembered when the page goes away (pagehide alone is unreliable on phones).
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushPendingPush();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', flushPendingPush);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    flushPendingPush();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flushPendingPush);
    document.removeEventListener('visibilitychange', onHidden);
  };
}

function schedulePush(query: string) {
  const isScheduled = pendingPush !== null;
  pendingPush = query;
  if (isScheduled) return;
  // requestAnimationFrame runs before the paint; the timeout it queues runs after it.
  const afterPaint = (run: () => void) =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : setTimeout(run, 0);
  afterPaint(flushPendingPush);
}

function flushPendingPush(): void {
  if (pendingPush === null) return;
  const query = pendingPush;
  pendingPush = null;
  writeUrl(query, 'push');
  writeLastView(query);
}

function writeUrl(query: string, how: 'push' | 'replace') {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(query);
  // Language and presentation parameters travel with the link; they are not filters.
  for (const key of NON_FILTER_PARAMS) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  const search = next.toString().replace(/%2C/g, ',');
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
