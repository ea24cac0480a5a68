// The panel's facts, newest milestones first, filterable by company.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainId, Fact } from '../../api/contract';
import { FactCard } from '../../charts/fact-card';
import { filterActions } from '../../state/filters';
import { PanelError } from './panel-states';

interface PanelFactsProps {
  domain: DomainId;
  facts: Fact[];
  company: string | null;
  error: unknown;
  onRetry: () => void;
  sourceLabel: (id: string) => string;
}

export function PanelFacts({ domain, facts, company, error, onRetry, sourceLabel }: PanelFactsProps) {
  const { t } = useTranslation();
  const companies = useMemo(() => [...new Set(facts.flatMap((f) => (f.entity ? [f.entity] : [])))].sort(), [facts]);
  // A company from an old link that the data no longer has shows all facts.
  const activeCompany = company !== null && companies.includes(company) ? company : null;
  const shown = activeCompany ? facts.filter((f) => f.entity === activeCompany) : facts;
  if (error && facts.length === 0) return <PanelError error={error} onRetry={onRetry} />;
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
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t('panel.noFacts')}</p>
      ) : (
        <ul className="grid max-h-96 grid-cols-1 gap-2 overflow-auto pr-1 lg:grid-cols-2">
          {shown.map((fact) => (
            <FactCard key={fact.id} fact={fact} sourceLabel={sourceLabel(fact.sourceId)} />
          ))}
        </ul>
      )}
    </section>
  );
}
