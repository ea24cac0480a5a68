// The queries behind one domain panel. Each panel asks for its own data, so one failing
// endpoint or domain leaves the other panels working.
import { useQueries, useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { DomainId, IndicatorsResponse, SeriesResponse, Source } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useActiveDataset } from '../state/datasets';
import { filterActions } from '../state/filters';
import { useLanguage } from '../state/language';
import { requestTurn } from './background-turns';
import { mergeSeriesAnswers } from './merge-answers';

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

interface PanelDataOptions<B> {
  /** Not the first panel on the page, so new data reaches it on its turn. */
  isInBackground?: boolean;
  /** The regions asked for (model/regions.ts regionRequests); the main region's alone when absent. */
  requests?: { indicatorEntities: readonly string[]; seriesEntities: readonly (string | undefined)[] };
  /** The choices the data is asked for (regions, mode), handed back with the data they were loaded for. */
  basis?: B;
}

const MAIN_REGION_ONLY = { indicatorEntities: [], seriesEntities: [undefined] };

interface MainData<B> {
  indicators: IndicatorsResponse | undefined;
  series: SeriesResponse | undefined;
  basis: B | undefined;
  /** Where the data is from: a view is kept only for the same panel in the same language. */
  source: string;
}

type CompleteData<B> = MainData<B> & { indicators: IndicatorsResponse; series: SeriesResponse };

const isComplete = <B>(data: MainData<B> | undefined): data is CompleteData<B> => data?.indicators !== undefined && data.series !== undefined;

export function usePanelData<B = undefined>(domain: DomainId, { isInBackground = false, requests = MAIN_REGION_ONLY, basis }: PanelDataOptions<B> = {}) {
  const language = useLanguage();
  const dataset = useActiveDataset();
  const indicatorsQuery = useQuery(apiQueries.indicators(domain, language, dataset, requests.indicatorEntities));
  // A request per region: one added to a chart is one more request, the others come from the cache.
  const seriesQueries = useQueries({ queries: requests.seriesEntities.map((entity) => apiQueries.domainSeries(domain, language, dataset, entity)) });
  const answers = seriesQueries.map((query) => query.data);
  const seriesData = answers.every((answer) => answer !== undefined) ? mergeSeriesAnswers(answers) : undefined;
  const seriesError = seriesQueries.find((query) => query.error)?.error ?? null;
  const factsQuery = useQuery(apiQueries.facts(domain, language, dataset));
  useEffect(() => {
    if (seriesData) filterActions.seriesLoaded(seriesData); // the years offered when the API does not state them
  }, [seriesData]);
  const fresh = useMemo(
    (): MainData<B> => ({ indicators: indicatorsQuery.data, series: seriesData, basis, source: `${dataset}|${domain}|${language}` }),
    [indicatorsQuery.data, seriesData, basis, dataset, domain, language],
  );
  // While another region's figures (or the country's, for a share) are on their way, the last
  // complete data stays on screen with the choices it was loaded for, rather than a skeleton that
  // would take the panel's controls, and the reader's focus, away.
  const [lastComplete, setLastComplete] = useState(isComplete(fresh) ? fresh : undefined);
  if (isComplete(fresh) && fresh !== lastComplete) setLastComplete(fresh);
  const isKeptView = !isComplete(fresh) && lastComplete !== undefined && lastComplete.source === fresh.source;
  const main = isKeptView ? lastComplete : fresh.indicators || fresh.series ? fresh : undefined;
  const shownMain = useBackgroundValue(main, isInBackground);
  const factsData = useBackgroundValue(factsQuery.data, isInBackground);
  const indicatorsData = shownMain?.indicators;
  const shownSeries = shownMain?.series;
  const indicators = indicatorsData?.indicators ?? EMPTY;
  const sourcesQuery = useQuery(apiQueries.sources(language, dataset));

  const sourcesById = useMemo(
    () => new Map<string, Source>((sourcesQuery.data?.sources ?? EMPTY).map((s: Source) => [s.id, s])),
    [sourcesQuery.data],
  );

  // The chart needs indicators and series; facts and sources fail on their own, in place.
  const mainError = indicatorsQuery.error ?? seriesError;
  const hasMainData = indicatorsData !== undefined && shownSeries !== undefined;
  const retryMain = () => {
    void indicatorsQuery.refetch();
    for (const query of seriesQueries) void query.refetch();
  };

  return {
    indicators,
    series: shownSeries?.series ?? EMPTY,
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
    /** A refetch, or the request for another region, failed but earlier data is on screen: keep it, add a notice. */
    isStale: hasMainData && (indicatorsQuery.isRefetchError || seriesQueries.some((query) => query.isRefetchError) || (isKeptView && mainError != null)),
    /** The last complete data is on screen while the figures of new choices come. */
    isUpdating: isKeptView && mainError == null,
    /** The choices the data on screen was loaded for: the current ones, or the last ones while new figures come. */
    basis: shownMain?.basis,
    retryMain,
  };
}
