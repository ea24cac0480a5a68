// The long label of a source, as the page's tables, facts and embeds print it: "[S4] Publisher, date".
import { useCallback } from 'react';
import type { Source } from '../api/contract';
import { useTranslation, type TFunction } from '../lib/i18n';
import { formatDate } from '../model/format';

/** "[id] Publisher, date"; an id the data does not describe is said to be unknown, not dropped. */
export function longSourceLabel(id: string, sourcesById: Map<string, Source>, locale: string, t: TFunction): string {
  const source = sourcesById.get(id);
  return source ? `[${id}] ${source.publisher}${source.date ? `, ${formatDate(source.date, locale)}` : ''}` : t('source.unknown', { id });
}

/** longSourceLabel in the reader's language, stable while the sources and the language stay. */
export function useSourceLabel(sourcesById: Map<string, Source>): (id: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback((id: string) => longSourceLabel(id, sourcesById, i18n.language, t), [sourcesById, t, i18n.language]);
}
