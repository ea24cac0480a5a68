// The first screen's requests, started before React renders: the panels find their data in
// flight under the same query options, so nothing is fetched twice.
import type { QueryClient } from '@tanstack/react-query';
import type { DomainId, Language } from './contract';
import { apiQueries } from './queries';

/**
 * Asks for every shown panel's data. The first panel's goes first: the data's first shown, as
 * soon as `/domains` has said its panels and their order; the one panel a link names, at once,
 * beside `/domains` (with several, which comes first is the data's to say). The other panels'
 * data follows at low priority. Settles, never rejects (errors are the panels' to show), once the
 * titles and the first panel's data have come or failed.
 *
 * `chosen`: the panels the reader chose, null for all of them (the filter store's `domains`).
 */
export function prefetchFirstScreen(queryClient: QueryClient, language: Language, chosen: readonly DomainId[] | null, dataset: string): Promise<unknown> {
  const mainData = (domain: DomainId, meta?: { priority: 'low' }) => [
    queryClient.prefetchQuery({ ...apiQueries.indicators(domain, language, dataset), meta }),
    queryClient.prefetchQuery({ ...apiQueries.domainSeries(domain, language, dataset), meta }),
  ];
  const named = chosen?.length === 1 ? chosen[0] : undefined;
  const namedData = named === undefined ? [] : mainData(named);
  const rest = queryClient.fetchQuery(apiQueries.domains(language, dataset)).then(
    ({ domains }) => {
      const ids = domains.map((domain) => domain.id);
      // As the page shows them (shownDomains, state/filters-domains.ts): a list naming none of the data's panels shows them all.
      const listed = chosen === null ? ids : ids.filter((id) => chosen.includes(id));
      const shown = listed.length === 0 && chosen !== null && chosen.length > 0 ? ids : listed;
      const [first, ...others] = shown;
      for (const domain of others) if (domain !== named) void mainData(domain, { priority: 'low' });
      for (const domain of shown) void queryClient.prefetchQuery(apiQueries.facts(domain, language, dataset));
      return first === undefined || first === named ? undefined : Promise.all(mainData(first));
    },
    () => undefined, // the app shows the failure, and finds the panels another way
  );
  void queryClient.prefetchQuery(apiQueries.sources(language, dataset));
  return Promise.all([rest, ...namedData]);
}
