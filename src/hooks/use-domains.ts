// The data's panels: their ids, order, titles and summaries come from `/domains`. While it fails,
// the panels are those its indicators name, under the app's own names for the bundled ones.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Domain, DomainId, IndicatorsResponse } from '../api/contract';
import { apiQueries } from '../api/queries';
import { useTranslation, type TFunction } from '../lib/i18n';
import en from '../lib/locales/en.json';
import { shownDomains } from '../state/filters-domains';
import { useChosenDomains } from '../state/filters';
import { useActiveDataset, useIsDatasetReady } from '../state/datasets';
import { useLanguage } from '../state/language';

/** Each domain the indicators name, in the order they list them (the API lists them domain by domain). */
const domainsOfIndicators = ({ indicators }: IndicatorsResponse): DomainId[] => [...new Set(indicators.map((indicator) => indicator.domain))];

const hasBuiltInName = (id: DomainId): id is keyof typeof en.domain => Object.hasOwn(en.domain, id);

/** A panel's title: the API's, else the app's own name for a bundled panel, else its id. */
export const panelTitle = (id: DomainId, meta: Domain | undefined, t: TFunction): string => meta?.title ?? (hasBuiltInName(id) ? t(`domain.${id}`) : id);

export function useDomains() {
  const language = useLanguage();
  const dataset = useActiveDataset();
  const isDatasetReady = useIsDatasetReady();
  // Kept through a language switch (the panels stay while the new language's titles are on their
  // way), never from another dataset: its panels are not this one's.
  const stated = useQuery({
    ...apiQueries.domains(language, dataset),
    enabled: isDatasetReady,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === dataset ? keepPreviousData(previous) : undefined),
  });
  // Failed once and still without an answer: a retry under way keeps the panels found meanwhile
  // (a refetch of a failed query is pending again, which would take the panels away and back).
  const hasFailed = !stated.data && stated.errorUpdatedAt > 0;
  const fromIndicators = useQuery({ ...apiQueries.allIndicators(language, dataset), enabled: hasFailed, select: domainsOfIndicators });
  const statedDomains = stated.data?.domains;
  const statedIds = useMemo(() => statedDomains?.map((domain) => domain.id), [statedDomains]);
  const metaById = useMemo(() => new Map((statedDomains ?? []).map((domain) => [domain.id, domain])), [statedDomains]);
  const { refetch: refetchStated } = stated;
  const { refetch: refetchIndicators } = fromIndicators;
  const retry = useCallback(() => {
    void refetchStated();
    if (hasFailed) void refetchIndicators();
  }, [refetchStated, refetchIndicators, hasFailed]);
  return {
    /** The data's panels in order; undefined until known. */
    ids: statedIds ?? (hasFailed ? fromIndicators.data : undefined),
    /** The panels as `/domains` says them, for the filter store's checks. */
    statedIds,
    metaById,
    /** True until `/domains` has answered or failed: room for the titles is kept meanwhile. */
    isPending: stated.isPending,
    /** `/domains` failed and has not answered since (a retry under way included, so its notice stays put). */
    hasFailed,
    /** No panel list at all: `/domains` and the indicators both failed. */
    isUnavailable: hasFailed && fromIndicators.isError,
    retry,
  };
}

/** The panels on the page, in the data's order. */
export function useShownDomains(): DomainId[] {
  const { ids } = useDomains();
  const chosen = useChosenDomains();
  return useMemo(() => shownDomains(chosen, ids), [chosen, ids]);
}

/** Each panel's title in the current language, for labels outside the panel (filter bar, deck, slides). */
export function usePanelTitles(): (id: DomainId) => string {
  const { t } = useTranslation();
  const { metaById } = useDomains();
  return useCallback((id: DomainId) => panelTitle(id, metaById.get(id), t), [metaById, t]);
}
