// The panel's facts, in the dataset's order (macro first, then the detail), filterable by company.
import { memo, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DomainId, Fact } from '../../api/contract';
import { FactCard } from '../../charts/fact-card';
import { filterActions } from '../../state/filters';
import { Button } from '../../ui/button';
import { FactsLoading, PanelError } from './panel-states';
import { useDropUnknownCompany } from './use-drop-unknown';
import { COLLAPSED_FACT_COUNT as COLLAPSED_COUNT, factCompanies, factsShown } from './facts-shown';

interface PanelFactsProps {
  domain: DomainId;
  facts: Fact[];
  company: string | null;
  error: unknown;
  isLoading: boolean;
  from: number;
  to: number;
  onRetry: () => void;
  sourceLabel: (id: string) => string;
  /** The charts above mark milestones, which come with the facts: a failure says they are missing too. */
  marksMilestones: boolean;
}

export const PanelFacts = memo(function PanelFacts({ domain, facts, company, error, isLoading, from, to, onRetry, sourceLabel, marksMilestones }: PanelFactsProps) {
  const { t } = useTranslation();
  const [isExpanded, setExpanded] = useState(false);
  const companies = useMemo(() => factCompanies(facts), [facts]);
  // The filter keys on the entity id (links work in every language); the reader sees its name.
  const nameOf = useMemo(() => new Map(facts.flatMap((f) => (f.entity ? [[f.entity, f.entityName ?? f.entity] as const] : []))), [facts]);
  // A company the data does not know (from a link) shows all facts, and is reported.
  const activeCompany = company !== null && companies.includes(company) ? company : null;
  useDropUnknownCompany(domain, !isLoading && !error, company, companies);
  const shown = factsShown(facts, company, from, to);
  if (error && facts.length === 0) return <PanelError title={t(marksMilestones ? 'errors.factsAndMilestones' : 'errors.facts')} error={error} onRetry={onRetry} />;
  if (isLoading) return <FactsLoading />;
  return (
    <section aria-label={t('panel.facts')} className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-800">{t('panel.facts')}</h3>
        {companies.length > 0 && (
          <label className="flex items-center gap-2 text-xs text-slate-700">
            {t('panel.company')}
            <select
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              value={activeCompany ?? ''}
              onChange={(event) => filterActions.companyChanged(domain, event.target.value || null)}
            >
              <option value="">{t('panel.allCompanies')}</option>
              {companies.map((name) => (
                <option key={name} value={name}>
                  {nameOf.get(name) ?? name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t('panel.noFacts')}</p>
      ) : (
        <>
          <ul className="grid grid-cols-1 gap-2 lg:grid-cols-2">
            {(isExpanded ? shown : shown.slice(0, COLLAPSED_COUNT)).map((fact) => (
              <FactCard key={fact.id} fact={fact} sourceLabel={sourceLabel(fact.sourceId)} />
            ))}
          </ul>
          {shown.length > COLLAPSED_COUNT && (
            <Button variant="ghost" aria-expanded={isExpanded} onClick={() => setExpanded(!isExpanded)}>
              {isExpanded ? t('panel.showFewerFacts') : t('panel.showAllFacts', { count: shown.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
});
