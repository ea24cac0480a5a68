// The queries behind one domain panel. Each panel asks for its own data, so one failing
// endpoint or domain leaves the other panels working.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { DomainId, Source } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useLanguage } from '../state/language';

const EMPTY: never[] = [];

/**
 * `value` for the leading panel; for the others React's deferred copy, drawn in a render that
 * yields to the browser and to the reader's next change, after the leading panel has painted.
 * The first value too: a panel mounted with its data in the cache shows its loading state first.
 */
function useInBackground<T>(value: T, isInBackground: boolean): T | undefined {
  // null, not undefined: React reads an undefined initial value as none given.
  const deferred = useDeferredValue(value, isInBackground ? null : value);
  return isInBackground ? (deferred ?? undefined) : value;
}

/** `isInBackground`: not the leading panel, so it takes new data through useInBackground. */
export function usePanelData(domain: DomainId, { isInBackground = false }: { isInBackground?: boolean } = {}) {
  const language = useLanguage();
  const indicatorsQuery = useQuery(apiQueries.indicators(domain, language));
  const seriesQuery = useQuery(apiQueries.domainSeries(domain, language));
  const factsQuery = useQuery(apiQueries.facts(domain, language));
  const main = useMemo(
    () => (indicatorsQuery.data || seriesQuery.data ? { indicators: indicatorsQuery.data, series: seriesQuery.data } : undefined),
    [indicatorsQuery.data, seriesQuery.data],
  );
  const shownMain = useInBackground(main, isInBackground);
  const factsData = useInBackground(factsQuery.data, isInBackground);
  const indicatorsData = shownMain?.indicators;
  const seriesData = shownMain?.series;
  const indicators = indicatorsData?.indicators ?? EMPTY;
  const sourcesQuery = useQuery(apiQueries.sources(language));

  const sourcesById = useMemo(
    () => new Map<string, Source>((sourcesQuery.data?.sources ?? EMPTY).map((s: Source) => [s.id, s])),
    [sourcesQuery.data],
  );

  // The chart needs indicators and series; facts and sources fail on their own, in place.
  const mainError = indicatorsQuery.error ?? seriesQuery.error;
  const hasMainData = indicatorsData !== undefined && seriesData !== undefined;
  const { refetch: refetchIndicators } = indicatorsQuery;
  const { refetch: refetchSeries } = seriesQuery;
  const retryMain = useCallback(() => {
    void refetchIndicators();
    void refetchSeries();
  }, [refetchIndicators, refetchSeries]);

  return {
    indicators,
    series: seriesData?.series ?? EMPTY,
    facts: factsData?.facts ?? EMPTY,
    factsError: factsQuery.error,
    isFactsLoading: factsData === undefined && !factsQuery.error,
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
