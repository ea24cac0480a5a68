// The sentence a slide leads with: the latest published figure and how far it has come. It names
// the indicator, so on a year-on-year or index slide it still reads as the level it is.
import type { TFunction } from '../../lib/i18n';
import type { Formatters } from '../../charts/use-formatters';
import { numberFormat } from '../../model/format';
import type { IndicatorKpi } from '../../model/panel-view';

export function keyNumberText({ indicator, kpi }: IndicatorKpi, format: Formatters, t: TFunction): string {
  const { latest, first } = kpi;
  if (!latest || latest.value === null) return '';
  const value = format.qualified(latest.value, indicator, latest.qualifier, 'compact');
  if (!first || first.value === null || first.period === latest.period || kpi.changeQualifier !== undefined || indicator.unit === 'percent') {
    return t('present.keyNumber', { indicator: indicator.title, value, year: format.period(latest.period) });
  }
  const ratio = latest.value / first.value;
  if (ratio >= 2) {
    return t('present.keyNumberTimes', { indicator: indicator.title, value, year: format.period(latest.period), times: numberFormat(format.locale, { maximumFractionDigits: 1 }).format(ratio), from: format.period(first.period) });
  }
  return t('present.keyNumberChange', { indicator: indicator.title, value, year: format.period(latest.period), change: format.change(kpi.changePercent ?? 0), from: format.period(first.period) });
}
