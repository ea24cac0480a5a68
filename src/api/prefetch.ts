// The first screen's requests, started before React renders: the panels then find their data
// in flight (or already there) instead of asking for it once mounted. What they ask for is the
// same query options, so nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { DomainId, Language } from './contract';
import { apiQueries } from './queries';

/**
 * Asks for every shown panel's data, the titles first and the panels in the order they are
 * drawn. Settles (never rejects: an error is the panel's to show) once the titles and the first
 * panel's data have come or failed.
 */
export function prefetchFirstScreen(queryClient: QueryClient, language: Language, domains: readonly DomainId[]): Promise<unknown> {
  // The other panels' data at low priority: the first chart's goes first.
  const mainData = (domain: DomainId, meta?: { priority: 'low' }) => [
    queryClient.prefetchQuery({ ...apiQueries.indicators(domain, language), meta }),
    queryClient.prefetchQuery({ ...apiQueries.domainSeries(domain, language), meta }),
  ];
  const [first, ...others] = domains;
  const firstChart = Promise.all([queryClient.prefetchQuery(apiQueries.domains(language)), ...(first ? mainData(first) : [])]);
  for (const domain of others) void mainData(domain, { priority: 'low' });
  void queryClient.prefetchQuery(apiQueries.sources(language));
  for (const domain of domains) void queryClient.prefetchQuery(apiQueries.facts(domain, language));
  return firstChart;
}
