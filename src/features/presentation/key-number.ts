// The sentence a slide leads with: the latest published figure and how far it has come. It names
// the indicator, so on a year-on-year or index slide it still reads as the level it is. A change
// says it is ours, and where the series changes definition, from when it compares (or that nothing does).
import type { TFunction } from '../../lib/i18n';
import type { Formatters } from '../../charts/use-formatters';
import { numberFormat } from '../../model/format';
import type { IndicatorKpi } from '../../model/panel-view';

/** `label`: the series' name where it differs from the indicator's ("GDP · China"). */
export function keyNumberText({ indicator, kpi, label = indicator.title }: IndicatorKpi & { label?: string }, format: Formatters, t: TFunction): string {
  const { latest, first } = kpi;
  if (!latest || latest.value === null) return '';
  const value = format.qualified(latest.value, indicator, latest.qualifier, 'compact');
  const level = t('present.keyNumber', { indicator: label, value, year: format.period(latest.period) });
  if (indicator.unit === 'percent') return level;
  if (kpi.breakPeriod !== undefined && first?.period === latest.period) return `${level}${t('present.notComparable', { year: format.period(kpi.breakPeriod) })}`;
  if (!first || first.value === null || first.period === latest.period || kpi.changeQualifier !== undefined) return level;
  const from = format.period(first.period);
  const computed = kpi.breakPeriod === undefined ? t('present.computed') : t('present.computedSinceBreak', { from: format.period(kpi.breakPeriod) });
  const ratio = latest.value / first.value;
  if (ratio >= 2) {
    return `${t('present.keyNumberTimes', { indicator: label, value, year: format.period(latest.period), times: numberFormat(format.locale, { maximumFractionDigits: 1 }).format(ratio), from })}${computed}`;
  }
  return `${t('present.keyNumberChange', { indicator: label, value, year: format.period(latest.period), change: format.change(kpi.changePercent ?? 0), from })}${computed}`;
}
