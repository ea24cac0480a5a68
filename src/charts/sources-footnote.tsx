// The sources behind a panel, numbered as the table and cards cite them, with a caution for
// third-party (reliability C) publications. Closed by default, but always in the page, so
// find-in-page and #source-… links reach it.
import { memo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Source } from '../api/contract';
import { formatDate } from '../model/format';

interface SourcesFootnoteProps {
  sources: Source[];
}

export const SourcesFootnote = memo(function SourcesFootnote({ sources }: SourcesFootnoteProps) {
  const { t, i18n } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <details className="text-xs text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-800">
        {t('panel.sources')} ({sources.length})
      </summary>
      <ol className="mt-2 space-y-1">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="font-medium">[{source.id}]</span> {source.title}. {source.publisher}, {source.date ? formatDate(source.date, i18n.language) : t('source.undated')}.{' '}
            <span className={source.reliability === 'C' ? 'text-amber-800' : 'text-slate-600'}>
              ({t(`source.reliability.${source.reliability}`)})
            </span>
            {source.url && (
              <>
                {' '}
                <a className="break-all text-teal-800 underline" href={source.url} rel="noreferrer noopener" target="_blank">
                  {new URL(source.url).hostname}
                </a>
              </>
            )}
            {source.note && <span className="block text-slate-600">{source.note}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
});
