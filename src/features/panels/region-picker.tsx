// Which regions the panel's charts show side by side (as in OWID's "Edit countries and regions"):
// a disclosure with one checkbox per region the data names, its kind beside it, and a search box
// when the list is long. Hidden when the data has one region.
import { memo, useId, useRef, useState } from 'react';
import type { DomainId, Entity } from '../../api/contract';
import { useEntities } from '../../hooks/use-entities';
import { useTranslation } from '../../lib/i18n';
import type { RegionView } from '../../model/regions';
import { filterActions } from '../../state/filters';
import { useDismissDisclosure } from '../../ui/use-dismiss-disclosure';

/** More regions than this and the list gets a search box. */
const SEARCH_FROM = 8;

interface RegionPickerProps {
  domain: DomainId;
  regions: RegionView;
}

export const RegionPicker = memo(function RegionPicker(props: RegionPickerProps) {
  const entities = useEntities();
  return entities && entities.length > 1 ? <RegionDisclosure {...props} entities={entities} /> : null;
});

function RegionDisclosure({ domain, regions, entities }: RegionPickerProps & { entities: readonly Entity[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissDisclosure(ref);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selectedIds = new Set(regions.shown.map((region) => region.id));
  const toggle = (id: string) => {
    const next = entities.filter((entity) => (entity.id === id ? !selectedIds.has(id) : selectedIds.has(entity.id))).map((entity) => entity.id);
    // Unticking the last box would leave nothing to draw: keep at least one.
    if (next.length > 0) filterActions.regionsChanged(domain, next);
  };
  const needle = query.trim().toLocaleLowerCase();
  const listed = needle === '' ? entities : entities.filter((entity) => entity.name.toLocaleLowerCase().includes(needle) || entity.id.includes(needle));
  return (
    <details ref={ref} className="group relative min-w-0">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700">
        {t('panel.regions')} ({selectedIds.size}/{entities.length}) <span aria-hidden="true">▾</span>
      </summary>
      <fieldset className="absolute left-0 z-20 mt-1 max-h-80 w-[min(20rem,85vw)] overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">{t('panel.regionsHint')}</legend>
        {entities.length > SEARCH_FROM && (
          <div className="mb-1">
            <label htmlFor={searchId} className="sr-only">{t('panel.regionsSearch')}</label>
            <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('panel.regionsSearch')} className="w-full rounded border border-slate-300 px-2 py-1 text-sm" />
          </div>
        )}
        {listed.map((entity) => (
          <label key={entity.id} className="flex cursor-pointer items-baseline gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
            <input type="checkbox" className="accent-teal-700" checked={selectedIds.has(entity.id)} onChange={() => toggle(entity.id)} />
            <span>
              {entity.name}
              {entity.kind && (
                <>
                  {' '}
                  <span className="ml-1 text-xs text-slate-600">{t(`entityKinds.${entity.kind}`)}</span>
                </>
              )}
            </span>
          </label>
        ))}
        {listed.length === 0 && <p className="px-1 py-1 text-sm text-slate-600">{t('panel.regionsNone')}</p>}
      </fieldset>
    </details>
  );
}
