// The queries behind one domain panel. Each panel asks for its own data, so one failing
// endpoint or domain leaves the other panels working.
import { useQuery } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { DomainId, Source } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useActiveDataset } from '../state/datasets';
import { filterActions } from '../state/filters';
import { useLanguage } from '../state/language';
import { requestTurn } from './background-turns';

const EMPTY: never[] = [];

/**
 * `value` in the foreground; in the background, the value last drawn, brought up to date on its
 * turn (background-turns.ts) in a transition, the first value included.
 */
function useBackgroundValue<T>(value: T, isInBackground: boolean): T | undefined {
  const [shown, setShown] = useState<T | undefined>(isInBackground ? undefined : value);
  // Kept with `value` in the foreground, so a panel sent to the background keeps what it drew.
  if (!isInBackground && shown !== value) setShown(value);
  useEffect(() => {
    if (!isInBackground || shown === value) return;
    // Cleaned up when `shown` changes, so the turn ends once the panel's new render committed.
    return requestTurn(() => startTransition(() => setShown(value)));
  }, [isInBackground, value, shown]);
  return isInBackground ? shown : value;
}

/** `isInBackground`: not the first panel on the page, so new data reaches it on its turn. */
export function usePanelData(domain: DomainId, { isInBackground = false }: { isInBackground?: boolean } = {}) {
  const language = useLanguage();
  const dataset = useActiveDataset();
  const indicatorsQuery = useQuery(apiQueries.indicators(domain, language, dataset));
  const seriesQuery = useQuery(apiQueries.domainSeries(domain, language, dataset));
  const factsQuery = useQuery(apiQueries.facts(domain, language, dataset));
  useEffect(() => {
    if (seriesQuery.data) filterActions.seriesLoaded(seriesQuery.data); // the years offered when the API does not state them
  }, [seriesQuery.data]);
  const main = useMemo(
    () => (indicatorsQuery.data || seriesQuery.data ? { indicators: indicatorsQuery.data, series: seriesQuery.data } : undefined),
    [indicatorsQuery.data, seriesQuery.data],
  );
  const shownMain = useBackgroundValue(main, isInBackground);
  const factsData = useBackgroundValue(factsQuery.data, isInBackground);
  const indicatorsData = shownMain?.indicators;
  const seriesData = shownMain?.series;
  const indicators = indicatorsData?.indicators ?? EMPTY;
  const sourcesQuery = useQuery(apiQueries.sources(language, dataset));

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
