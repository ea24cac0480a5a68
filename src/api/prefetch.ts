// The first screen's requests, started before React renders: the panels find their data in
// flight under the same query options, so nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { DomainId, Language } from './contract';
import { apiQueries } from './queries';

/**
 * Asks for every shown panel's data, the other panels' at low priority so the first chart's goes
 * first. Settles, never rejects (errors are the panels' to show), once the titles and the first
 * panel's data have come or failed.
 */
export function prefetchFirstScreen(queryClient: QueryClient, language: Language, domains: readonly DomainId[], dataset: string): Promise<unknown> {
  const mainData = (domain: DomainId, meta?: { priority: 'low' }) => [
    queryClient.prefetchQuery({ ...apiQueries.indicators(domain, language, dataset), meta }),
    queryClient.prefetchQuery({ ...apiQueries.domainSeries(domain, language, dataset), meta }),
  ];
  const [first, ...others] = domains;
  const firstChart = Promise.all([queryClient.prefetchQuery(apiQueries.domains(language, dataset)), ...(first ? mainData(first) : [])]);
  for (const domain of others) void mainData(domain, { priority: 'low' });
  void queryClient.prefetchQuery(apiQueries.sources(language, dataset));
  for (const domain of domains) void queryClient.prefetchQuery(apiQueries.facts(domain, language, dataset));
  return firstChart;
}
