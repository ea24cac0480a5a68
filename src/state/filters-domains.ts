// A view's panels against the data's: a panel the data does not have (named by a link, the last
// view or Back) is dropped and reported, and the panels shown follow the data's order.
import type { DomainId } from '../api/contract';
import { panelChoiceOf, type Filters, type PanelChoice } from './filters-schema';
import { panelParams, shorten, type RejectedParam } from './filters-url';

/** The panels shown: null (every one) when the list names them all, or none the data has. */
function shownWithin(domains: DomainId[], known: readonly DomainId[]): DomainId[] | null {
  const kept = known.filter((id) => domains.includes(id));
  // A list of panels none of which exists falls back to the default, as any bad value does.
  if (kept.length === known.length || (kept.length === 0 && domains.length > 0)) return null;
  return kept.join() === domains.join() ? domains : kept;
}

/** The same `domains` and `panels` objects when nothing changes, so a caller can tell a correction. */
export function withinDomains({ domains, panels }: Pick<Filters, 'domains' | 'panels'>, known: readonly DomainId[]) {
  const rejected: RejectedParam[] = [];
  const unknownShown = (domains ?? []).filter((id) => !known.includes(id));
  if (unknownShown.length > 0) rejected.push({ param: 'domains', value: shorten(unknownShown.join(',')), reason: 'unknown_panel' });
  const keptPanels: Record<DomainId, PanelChoice> = {};
  for (const [domain, choice] of Object.entries(panels)) {
    if (known.includes(domain)) keptPanels[domain] = choice;
    else for (const [param, value] of panelParams(domain, panelChoiceOf(panels, domain))) rejected.push({ param: shorten(param), value: shorten(value), reason: 'unknown_panel' });
  }
  return {
    domains: domains === null ? null : shownWithin(domains, known),
    panels: Object.keys(keptPanels).length === Object.keys(panels).length ? panels : keptPanels,
    rejected,
  };
}

/**
 * The panels on the page: the chosen ones (every one for null) in the data's order. Before the
 * data has said its panels, those a link names, pending: the store drops the unknown ones then.
 */
export function shownDomains(chosen: DomainId[] | null, known: readonly DomainId[] | undefined): DomainId[] {
  if (!known) return chosen ?? [];
  const kept = chosen === null ? [] : known.filter((id) => chosen.includes(id));
  // As the store will have it (shownWithin): none of the chosen panels exists, so every one shows.
  return chosen === null || (kept.length === 0 && chosen.length > 0) ? [...known] : kept;
}
