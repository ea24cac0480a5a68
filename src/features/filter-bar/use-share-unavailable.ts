// Why the share of the national total cannot be offered, or undefined when it can: the data needs a
// country to share in, and a panel on the page a region other than it. Until the data has said its
// regions, nothing is known to be missing.
import { useShallow } from 'zustand/react/shallow';
import type { DomainId } from '../../api/contract';
import { useEntities } from '../../hooks/use-entities';
import { regionView } from '../../model/regions';
import { useFilterStore } from '../../state/filters';
import { panelChoiceOf } from '../../state/filters-schema';

export function useShareUnavailable(shown: readonly DomainId[]): 'noCountry' | 'noRegion' | undefined {
  const entities = useEntities();
  const chosen = useFilterStore(useShallow((s) => shown.map((domain) => panelChoiceOf(s.panels, domain).regions)));
  if (!entities) return undefined;
  if (!entities.some((entity) => entity.kind === 'country')) return 'noCountry';
  const hasRegion = chosen.some((regions) => regionView(entities, regions).shown.some((region) => region.kind !== 'country'));
  return hasRegion || shown.length === 0 ? undefined : 'noRegion';
}
