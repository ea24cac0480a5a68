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
    }),
  indicators: (domain: DomainId, lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'indicators', domain],
      queryFn: ({ signal, meta }) => fetchIndicators(domain, lang, signal, priorityOf(meta), dataset),
      staleTime: STALE_TIME_MS,
    }),
  /**
   * Every series of a domain in one request, beside the indicators rather than after them. Years and
   * modes apply on the client: the slider never waits, and year-on-year sees the year before the range.
   */
  domainSeries: (domain: DomainId, lang: Language, dataset: string) =>
    queryOptions({
      queryKey: [API_VERSION, dataset, lang, 'series', 'domain', domain],
      queryFn: ({ signal, meta }) => fetchSeries({ domain, lang, dataset }, signal, priorityOf(meta)),
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
