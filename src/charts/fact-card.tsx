// One fact from the source: a ranking, share, milestone or company fact, with its date and the
// publication it comes from.
import { memo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Fact } from '../api/contract';
import { formatDate } from '../model/format';

interface FactCardProps {
  fact: Fact;
  sourceLabel: string;
}

export const FactCard = memo(function FactCard({ fact, sourceLabel }: FactCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-fact-id={fact.id}>
      <p className="mb-1 flex flex-wrap items-center gap-x-2 text-[11px] font-medium uppercase tracking-wide text-slate-600">
        <span>{t(`factKinds.${fact.kind}`)}</span>
        {fact.entity && <span className="rounded bg-slate-100 px-1.5 py-0.5 normal-case tracking-normal text-slate-700">{fact.entityName ?? fact.entity}</span>}
        {fact.period ? <span>{fact.period.replace('-', '–')}</span> : fact.date && <time dateTime={fact.date}>{formatDate(fact.date, i18n.language)}</time>}
        {fact.status === 'estimated' && <span className="normal-case tracking-normal">({t('table.statuses.estimated')})</span>}
      </p>
      <p className="text-slate-900">{fact.text}</p>
      <p className="mt-1 text-[11px] text-slate-600">{sourceLabel}</p>
    </li>
  );
});
