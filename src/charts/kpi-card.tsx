// A KPI card: the latest published figure in the range, its change since the range's first
// figure, the compound annual growth rate, and a sparkline. Always on published (absolute)
// values, whatever the chart's value mode. Change and CAGR are ours, so the card says so, and
// where the series changes definition it says from when they compare, or that nothing does.
import { memo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Kpi } from '../model/kpi';
import type { ViewPoint } from '../model/view-point';
import { formatNumber } from '../model/format';
import { toUnitFormat, type UnitLike } from '../model/units';
import type { Formatters } from './use-formatters';
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
  const { latest, first } = kpi;
  const isRate = toUnitFormat(unit).unit === 'percent';
  const percent = (value: number | null) => (value === null ? t('kpi.notComputable') : format.change(value, kpi.changeQualifier));
  // A growth rate's change is in percentage points, not a percent of a percent.
  const change = kpi.change === null ? null : isRate ? t('kpi.points', { value: formatNumber(kpi.change, 'yoy_percent', format.locale) }) : percent(kpi.changePercent);
  return (
    <article className="flex min-w-0 flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3" aria-label={title}>
      <h3 className="truncate text-xs font-medium text-slate-600" title={title}>
        {title}
      </h3>
      {latest && latest.value !== null ? (
        <>
          <div className="flex items-end justify-between gap-2">
            <p className="text-lg font-semibold leading-tight text-slate-900">
              {format.qualified(latest.value, unit, latest.qualifier, 'compact')}
              {latest.status !== 'reported' && (
                <span className="ml-1 text-xs font-normal text-slate-500">({t(`table.statuses.${latest.status}`)})</span>
              )}
            </p>
            <Sparkline points={points} from={from} to={to} color={color} />
          </div>
          <p className="text-xs text-slate-600">{t('kpi.latest', { year: format.period(latest.period) })}</p>
          {first && first.period !== latest.period && (
            <>
              <dl className="grid grid-cols-2 gap-x-2 text-xs">
                <dt className="text-slate-600">{t('kpi.change', { year: format.period(first.period) })}</dt>
                <dd className="text-right font-medium text-slate-900">{change ?? t('kpi.notComputable')}</dd>
                {!isRate && (
                  <>
                    <dt className="text-slate-600">{t('kpi.cagr', { from: format.period(first.period), to: format.period(latest.period) })}</dt>
                    <dd className="text-right font-medium text-slate-900">{percent(kpi.cagr)}</dd>
                  </>
                )}
              </dl>
              <p className="text-[11px] text-slate-500">{t(isRate ? 'kpi.computedChange' : 'kpi.computed')}</p>
            </>
          )}
          {kpi.breakPeriod !== undefined && (
            <p className="text-[11px] text-amber-900" data-testid="kpi-break">
              {t(first?.period === latest.period ? 'kpi.notComparable' : 'kpi.sinceBreak', { year: format.period(kpi.breakPeriod) })}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">{t('kpi.noData')}</p>
      )}
    </article>
  );
});
