// The first screen's requests, started before React renders: the panels then find their data
// in flight (or already there) instead of asking for it once mounted. What they ask for is the
// same query options, so nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { DomainId, Language } from './contract';
import { apiQueries } from './queries';

/**
 * Returns a promise that settles (never rejects: an error is the panel's to show) once the
 * first panel has what its chart needs, and the panels their titles.
 */
export function prefetchFirstScreen(queryClient: QueryClient, language: Language, domains: readonly DomainId[]): Promise<void> {
  // The panels' titles and summaries first (small, and drawn above everything else, so arriving
  // late they would push the charts down), then the panels in the order they are drawn.
  const firstChart = [queryClient.prefetchQuery(apiQueries.domains(language))];
  for (const domain of domains) {
    const main = [queryClient.prefetchQuery(apiQueries.indicators(domain, language)), queryClient.prefetchQuery(apiQueries.domainSeries(domain, language))];
    if (domain === domains[0]) firstChart.push(...main);
  }
  void queryClient.prefetchQuery(apiQueries.sources(language));
  for (const domain of domains) void queryClient.prefetchQuery(apiQueries.facts(domain, language));
  return Promise.all(firstChart).then(() => undefined);
}
