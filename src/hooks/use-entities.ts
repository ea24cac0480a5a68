// The data's regions, from `/domains` (main first): undefined until it has answered, empty when the
// data names none. Kept through a language switch, as the panels are.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DomainsResponse, Entity } from '../api/contract';
import { apiQueries } from '../api/queries';
import { regionView, type RegionView } from '../model/regions';
import { useActiveDataset, useIsDatasetReady } from '../state/datasets';
import { useLanguage } from '../state/language';

const NONE: Entity[] = [];
const entitiesOf = (answer: DomainsResponse) => answer.entities ?? NONE;

export function useEntities(): readonly Entity[] | undefined {
  const dataset = useActiveDataset();
  const query = apiQueries.domains(useLanguage(), dataset);
  return useQuery({
    ...query,
    enabled: useIsDatasetReady(),
    // Never another dataset's regions while this one's come.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === dataset ? keepPreviousData(previous) : undefined),
    select: entitiesOf,
  }).data;
}

/** The regions a panel shows, as the charts use them; one unnamed region until the data has said its regions. */
export function useRegionView(chosen: readonly string[]): RegionView {
  const entities = useEntities();
  return useMemo(() => regionView(entities ?? NONE, chosen), [entities, chosen]);
}
