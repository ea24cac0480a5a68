// Keeps the filter store and the address bar in step and remembers the last view. Each filter
// change is a history entry, so Back undoes it; an opened link or Back adds no entry.
import { datasetActions } from './datasets';
import { filterActions, selectFilters, takeUrlCorrectionFlag, useFilterStore } from './filters';
import type { Filters } from './filters-schema';
import { parseFilters, serializeFilters } from './filters-url';
import { followLanguage } from './language';
import { LAST_VIEW_KEY, paramsWithFilters, remember, startParams, writeUrl } from './url';

/** Starts syncing from the address the page was opened with; returns a function that stops it. */
export function startUrlSync(): () => void {
  const { filterQuery, isFromLink } = startParams(true);
  const { filters, rejected } = parseFilters(filterQuery);
  // A stored view may be from an older version or corrupted: the parser copes with both, and
  // what it rejects is dropped silently, since the reader never typed it.
  filterActions.filtersLoaded(filters, isFromLink ? rejected : undefined);
  let lastQuery = '';
  const write = (query: string, how: 'push' | 'replace') => {
    lastQuery = query;
    writeUrl(paramsWithFilters(query), how);
    remember(LAST_VIEW_KEY, query); // an opened link, a change and Back all make the latest view
  };
  // Panels' choices in the data's order once it is known.
  const serialize = (filters: Filters) => serializeFilters(filters, useFilterStore.getState().domainIds ?? []);
  write(serialize(selectFilters(useFilterStore.getState())), 'replace');

  const unsubscribe = useFilterStore.subscribe((state, previous) => {
    const query = serialize(selectFilters(state));
    // A correction, and the data's panels coming in (panels it lacks dropped, the rest put in its
    // order), replace the entry of the link just opened: the reader changed nothing.
    const isCorrection = takeUrlCorrectionFlag() || state.domainIds !== previous.domainIds;
    if (query !== lastQuery) write(query, isCorrection ? 'replace' : 'push');
  });
  const onPopState = () => {
    const { filters, rejected } = parseFilters(window.location.search);
    write(serialize(filters), 'replace');
    filterActions.filtersLoaded(filters, rejected);
    followLanguage(new URLSearchParams(window.location.search).get('lang')); // Back past a language switch returns to it
    datasetActions.addressRestored();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
