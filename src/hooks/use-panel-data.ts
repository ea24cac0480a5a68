// The queries behind one domain panel. Each panel asks for its own data, so one failing
// endpoint or domain leaves the other panels working.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { DomainId, Source } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useLanguage } from '../state/language';

const EMPTY: never[] = [];

export function usePanelData(domain: DomainId) {
  const language = useLanguage();
  const indicatorsQuery = useQuery(apiQueries.indicators(domain, language));
  const indicators = indicatorsQuery.data?.indicators ?? EMPTY;
  const ids = useMemo(() => indicators.map((i) => i.id), [indicators]);
  const seriesQuery = useQuery(apiQueries.series(ids, language));
  const factsQuery = useQuery(apiQueries.facts(domain, language));
  const sourcesQuery = useQuery(apiQueries.sources(language));

  const sourcesById = useMemo(
    () => new Map<string, Source>((sourcesQuery.data?.sources ?? EMPTY).map((s: Source) => [s.id, s])),
    [sourcesQuery.data],
  );

  // The chart needs indicators and series; facts and sources fail on their own, in place.
  const mainError = indicatorsQuery.error ?? seriesQuery.error;
  const hasMainData = indicatorsQuery.data !== undefined && (ids.length === 0 || seriesQuery.data !== undefined);
  const { refetch: refetchIndicators } = indicatorsQuery;
  const { refetch: refetchSeries } = seriesQuery;
  const retryMain = useCallback(() => {
    void refetchIndicators();
    if (ids.length > 0) void refetchSeries();
  }, [refetchIndicators, refetchSeries, ids.length]);

  return {
    indicators,
    series: seriesQuery.data?.series ?? EMPTY,
    facts: factsQuery.data?.facts ?? EMPTY,
    factsError: factsQuery.error,
    isFactsLoading: factsQuery.isPending && !factsQuery.error,
    retryFacts: factsQuery.refetch,
    sourcesById,
    sourcesError: sourcesQuery.error,
    retrySources: sourcesQuery.refetch,
    isLoading: !hasMainData && !mainError,
    hasMainData,
    /** An error with no data to show: the panel shows it with Retry. */
    mainError: hasMainData ? null : mainError,
    /** A refetch failed but earlier data is on screen: keep it, add a notice. */
    isStale: hasMainData && (indicatorsQuery.isRefetchError || seriesQuery.isRefetchError),
    retryMain,
  };
}
