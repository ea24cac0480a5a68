// Query options, one factory per resource. Keys start with the API version and the language
// of the texts, then name every input of the fetcher, so a changed input refetches by itself and a new API version never
// reads an old cache entry.
import { queryOptions } from '@tanstack/react-query';
import { API_VERSION, type DomainId, type Language } from './contract';
import { fetchDomains, fetchFacts, fetchIndicators, fetchSeries, fetchSources } from './client';

// The dataset changes with publications, not by the minute.
const STALE_TIME_MS = 10 * 60 * 1000;

/** `meta: { priority: 'low' }` (api/prefetch.ts): a request the first chart does not need. */
const priorityOf = (meta: Record<string, unknown> | undefined): RequestPriority => (meta?.priority === 'low' ? 'low' : 'auto');

export const apiQueries = {
  all: () => [API_VERSION] as const,
  domains: (lang: Language) =>
    queryOptions({
      queryKey: [API_VERSION, lang, 'domains'],
      queryFn: ({ signal }) => fetchDomains(lang, signal),
      staleTime: STALE_TIME_MS,
    }),
  indicators: (domain: DomainId, lang: Language) =>
    queryOptions({
      queryKey: [API_VERSION, lang, 'indicators', domain],
      queryFn: ({ signal, meta }) => fetchIndicators(domain, lang, signal, priorityOf(meta)),
      staleTime: STALE_TIME_MS,
    }),
  /**
   * Every series of a domain, whole (every year), in one request that needs no indicator list
   * first: a panel's indicators and series are fetched side by side (issue #7: the first chart
   * waited for both round trips one after the other). The year filter and value modes are
   * applied on the client, so moving the year slider never waits for the network, and
   * year-on-year change at the range's first year can still see the year before it.
   */
  domainSeries: (domain: DomainId, lang: Language) =>
    queryOptions({
      queryKey: [API_VERSION, lang, 'series', 'domain', domain],
      queryFn: ({ signal, meta }) => fetchSeries({ domain, lang }, signal, priorityOf(meta)),
      staleTime: STALE_TIME_MS,
    }),
  facts: (domain: DomainId, lang: Language) =>
    queryOptions({
      queryKey: [API_VERSION, lang, 'facts', domain],
      queryFn: ({ signal }) => fetchFacts(domain, lang, undefined, signal),
      staleTime: STALE_TIME_MS,
    }),
  sources: (lang: Language) =>
    queryOptions({
      queryKey: [API_VERSION, lang, 'sources'],
      queryFn: ({ signal }) => fetchSources(lang, signal),
      staleTime: STALE_TIME_MS,
    }),
};
