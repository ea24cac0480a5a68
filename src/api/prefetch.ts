// The first screen's requests, started before React renders: the panels then find their data
// in flight (or already there) instead of asking for it once mounted. What they ask for is the
// same query options, so nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { DomainId, Language } from './contract';
import { apiQueries } from './queries';

/**
 * Returns a promise that settles (never rejects: an error is the panel's to show) once the
 * first panel has what its chart needs, and the panels their titles: true when all of it came
 * and there is a first panel. The rest is asked for at once; the client holds those requests
 * back until the first screen is shown (main.tsx).
 */
export function prefetchFirstScreen(queryClient: QueryClient, language: Language, domains: readonly DomainId[]): Promise<boolean> {
  // prefetchQuery without the error dropped: whether each one came.
  const came = (fetched: Promise<unknown>) => fetched.then(() => true, () => false);
  const mainData = (domain: DomainId) => [
    came(queryClient.fetchQuery(apiQueries.indicators(domain, language))),
    came(queryClient.fetchQuery(apiQueries.domainSeries(domain, language))),
  ];
  // The panels' titles and summaries first (small, and drawn above everything else, so arriving
  // late they would push the charts down), then the panels in the order they are drawn.
  const [first, ...others] = domains;
  const firstChart = Promise.all([came(queryClient.fetchQuery(apiQueries.domains(language))), ...(first ? mainData(first) : [])]);
  for (const domain of others) void mainData(domain);
  void queryClient.prefetchQuery(apiQueries.sources(language));
  for (const domain of domains) void queryClient.prefetchQuery(apiQueries.facts(domain, language));
  return firstChart.then((answers) => first !== undefined && answers.every(Boolean));
}
