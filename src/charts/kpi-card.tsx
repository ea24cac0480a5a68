// A KPI card: the latest published figure in the range, its change since the range's first
// figure, the compound annual growth rate, and a sparkline. Always on published (absolute)
// values, whatever the chart's value mode. Change and CAGR are ours, so the card says so, and
// where the series changes definition it says from when they compare, or that nothing does.
import { Fragment, memo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Kpi } from '../model/kpi';
import type { ViewPoint } from '../model/view-point';
import type { UnitLike } from '../model/units';
import type { Formatters } from './use-formatters';
import { kpiText } from './kpi-text';
import { Sparkline } from './sparkline';

interface KpiCardProps {
  title: string;
  /** The indicator's unit, with its short form and decimals when the data gives them. */
  unit: UnitLike;
  kpi: Kpi;
  points: ViewPoint[];
  from: number;
  to: number;
  color: string;
  format: Formatters;
}

export const KpiCard = memo(function KpiCard({ title, unit, kpi, points, from, to, color, format }: KpiCardProps) {
  const { t } = useTranslation();
  const text = kpiText(kpi, unit, format, t);
  return (
    <article className="flex min-w-0 flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3" aria-label={title}>
      <h3 className="truncate text-xs font-medium text-slate-600" title={title}>
        {title}
      </h3>
      {text ? (
        <>
          <div className="flex items-end justify-between gap-2">
            <p className="text-lg font-semibold leading-tight text-slate-900">
              {text.value}
              {text.status !== undefined && <span className="ml-1 text-xs font-normal text-slate-500">({text.status})</span>}
            </p>
            <Sparkline points={points} from={from} to={to} color={color} />
          </div>
          <p className="text-xs text-slate-600">{text.latest}</p>
          {text.rows.length > 0 && (
            <>
              <dl className="grid grid-cols-2 gap-x-2 text-xs">
                {text.rows.map(([label, value]) => (
                  <Fragment key={label}>
                    <dt className="text-slate-600">{label}</dt>
                    <dd className="text-right font-medium text-slate-900">{value}</dd>
                  </Fragment>
                ))}
              </dl>
              <p className="text-[11px] text-slate-500">{text.computedNote}</p>
            </>
          )}
          {text.breakNote !== undefined && (
            <p className="text-[11px] text-amber-900" data-testid="kpi-break">
              {text.breakNote}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">{t('kpi.noData')}</p>
      )}
    </article>
  );
});
