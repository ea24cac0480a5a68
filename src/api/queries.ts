// Query options, one factory per resource. Keys name the API version, the dataset, the language
// and every input of the fetcher, so a changed input refetches, a new API version misses the
// cache, and two datasets' answers never share an entry.
import { queryOptions } from '@tanstack/react-query';
import { API_VERSION, type DomainId, type Language } from './contract';
import { fetchDomains, fetchFacts, fetchIndicators, fetchSeries, fetchSources } from './client';

// The dataset changes with publications, not by the minute.
const STALE_TIME_MS = 10 * 60 * 1000;

/** `meta: { priority: 'low' }` (api/prefetch.ts): a request the first chart does not need. */
const priorityOf = (meta: Record<string, unknown> | undefined): RequestPriority => (meta?.priority === 'low' ? 'low' : 'auto');

export const apiQueries = {
  all: () => [API_VERSION] as const,
  domains: (lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'domains'],
      queryFn: ({ signal }) => fetchDomains(lang, signal, dataset),
      staleTime: STALE_TIME_MS,
      // When it fails the panels come from the indicators, and each would ask again as it mounts;
      // its notice's Retry does, once.
      retryOnMount: false,
    }),
  /** `entities`: the indicators with figures for any of these regions; none given, the main region's (the key the first screen prefetches). */
  indicators: (domain: DomainId, lang: Language, dataset: string, entities: readonly string[] = []) =>
    queryOptions({
      queryKey: entities.length === 0 ? [API_VERSION, dataset, lang, 'indicators', domain] : [API_VERSION, dataset, lang, 'indicators', domain, entities.join(',')],
      queryFn: ({ signal, meta }) => fetchIndicators(domain, lang, signal, priorityOf(meta), entities.length === 0 ? undefined : entities, dataset),
      staleTime: STALE_TIME_MS,
    }),
  /** Every indicator, each naming its domain: the panels' ids when `/domains` has failed. */
  allIndicators: (lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'indicators'],
      queryFn: ({ signal, meta }) => fetchIndicators(undefined, lang, signal, priorityOf(meta), undefined, dataset),
      staleTime: STALE_TIME_MS,
      retryOnMount: false, // as for `domains`, whose stand-in it is
    }),
  /**
   * Every series of a domain in one request, beside the indicators rather than after them. Years and
   * modes apply on the client: the slider never waits, and year-on-year sees the year before the range.
   * One region a request (the main one when `entity` is absent), so a region added to a chart, or the
   * country a share is computed against, is one more request while the others come from the cache.
   */
  domainSeries: (domain: DomainId, lang: Language, dataset: string, entity?: string) =>
    queryOptions({
      queryKey: entity === undefined ? [API_VERSION, dataset, lang, 'series', 'domain', domain] : [API_VERSION, dataset, lang, 'series', 'domain', domain, entity],
      queryFn: ({ signal, meta }) => fetchSeries({ domain, lang, dataset, ...(entity === undefined ? {} : { entities: [entity] }) }, signal, priorityOf(meta)),
      staleTime: STALE_TIME_MS,
    }),
  facts: (domain: DomainId, lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'facts', domain],
      queryFn: ({ signal }) => fetchFacts(domain, lang, undefined, signal, dataset),
      staleTime: STALE_TIME_MS,
    }),
  sources: (lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'sources'],
      queryFn: ({ signal }) => fetchSources(lang, signal, dataset),
      staleTime: STALE_TIME_MS,
    }),
};
