// The queries behind one domain panel. Each panel asks for its own data, so one failing
// endpoint or domain leaves the other panels working.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { DomainId, Source } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useLanguage } from '../state/language';

const EMPTY: never[] = [];
const NOT_YET = Symbol('not yet');

/**
 * useDeferredValue that defers the first value too: a panel mounted with its data already in
 * the cache (the first screen waits for the leading panel's data, main.tsx) still draws it in
 * a background render.
 */
function useDeferredData<T>(value: T | undefined): T | undefined {
  const deferred = useDeferredValue<T | undefined | typeof NOT_YET>(value, NOT_YET);
  return deferred === NOT_YET ? undefined : deferred;
}

/**
 * `isInBackground`: the panel is not the first on screen, so new data reaches it through
 * useDeferredValue: the first panel is drawn at once, this one in a background render right
 * after, which yields to the browser. On a first visit every response lands within a few
 * milliseconds of the others, and drawing four panels in one task kept the first chart
 * waiting for all of them (issue #7).
 */
export function usePanelData(domain: DomainId, { isInBackground = false }: { isInBackground?: boolean } = {}) {
  const language = useLanguage();
  const indicatorsQuery = useQuery(apiQueries.indicators(domain, language));
  const seriesQuery = useQuery(apiQueries.domainSeries(domain, language));
  const deferredIndicators = useDeferredData(indicatorsQuery.data);
  const deferredSeries = useDeferredData(seriesQuery.data);
  const indicatorsData = isInBackground ? deferredIndicators : indicatorsQuery.data;
  const seriesData = isInBackground ? deferredSeries : seriesQuery.data;
  const indicators = indicatorsData?.indicators ?? EMPTY;
  const factsQuery = useQuery(apiQueries.facts(domain, language));
  const deferredFacts = useDeferredData(factsQuery.data);
  const factsData = isInBackground ? deferredFacts : factsQuery.data;
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
