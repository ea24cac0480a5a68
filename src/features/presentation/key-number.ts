// The sentence a slide leads with. In absolute mode: the latest published figure and how far it
// has come. In year-on-year, index or share mode: the latest value of that mode, as the chart
// draws it. A computed figure says it is ours, and where the series changes definition, from when
// it compares (or that nothing does).
import type { TFunction } from '../../lib/i18n';
import type { Formatters } from '../../charts/use-formatters';
import { numberFormat } from '../../model/format';
import type { IndicatorKpi } from '../../model/panel-view';
import type { ViewSeries } from '../../model/value-modes';
import type { ValueMode } from '../../state/filters-schema';

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

/**
 * The key number of a slide in year-on-year, index or share mode: the latest value of that mode,
 * as drawn, labelled as ours. Null where the mode leaves the series as published (a growth rate
 * in index mode) or has no value: the level then leads, as in absolute mode.
 */
export function modeKeyNumberText(label: string, series: ViewSeries, mode: Exclude<ValueMode, 'absolute'>, format: Formatters, t: TFunction): string | null {
  if (!series.isModeApplied) return null;
  const latest = series.points.findLast((point) => point.value !== null);
  if (!latest || latest.value === null) return null;
  const modeLabel = mode === 'index' && series.basePeriod !== undefined ? t('present.modeLabels.indexBase', { year: format.period(series.basePeriod) }) : t(`present.modeLabels.${mode}`);
  const value = format.qualified(latest.value, series, latest.qualifier, 'compact');
  return `${t('present.keyNumberMode', { indicator: label, mode: modeLabel, value, year: format.period(latest.period) })}${t('present.computed')}`;
}
