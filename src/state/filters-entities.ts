// A view's regions against the data's: a region the data does not have (named by a link, the last
// view or Back) is dropped and reported, the rest follow the data's order, and a panel back at the
// main region alone keeps the default (no regions), so equal views have equal links. A share of the
// national total needs a country in the data: without one, the mode falls back and says so.
import type { DomainId } from '../api/contract';
import { withPanelChoice, type Filters } from './filters-schema';
import { shorten, type RejectedParam } from './filters-url';

/** What the data says about its regions: their ids, the main one first, and whether one is a country. */
export interface KnownEntities {
  ids: readonly string[];
  hasCountry: boolean;
}

/** Regions as a panel stores them: known ones in the data's order; the main region alone is none. */
export function storedRegions(regions: readonly string[], { ids }: Pick<KnownEntities, 'ids'>): string[] {
  const kept = ids.filter((id) => regions.includes(id));
  return kept.length === 1 && kept[0] === ids[0] ? [] : kept;
}

/** The same `panels` object and mode when nothing changes, so a caller can tell a correction. */
export function withinEntities({ panels, mode }: Pick<Filters, 'panels' | 'mode'>, known: KnownEntities) {
  const rejected: RejectedParam[] = [];
  let next = panels;
  for (const [domain, choice] of Object.entries(panels) as [DomainId, Filters['panels'][DomainId]][]) {
    if (choice.regions.length === 0) continue;
    const unknown = choice.regions.filter((id) => !known.ids.includes(id));
    if (unknown.length > 0) rejected.push({ param: shorten(`${domain}.regions`), value: shorten(unknown.join(',')), reason: 'unknown_region' });
    const regions = storedRegions(choice.regions, known);
    if (regions.join() !== choice.regions.join()) next = withPanelChoice(next, domain, { regions });
  }
  const isShareImpossible = mode === 'share' && !known.hasCountry;
  if (isShareImpossible) rejected.push({ param: 'mode', value: mode, reason: 'invalid_value' });
  return { panels: next, mode: isShareImpossible ? 'absolute' : mode, rejected } as const;
}
