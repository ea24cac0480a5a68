// Formatting that needs the active language: unit words and qualifiers ("more than ...").
import { useMemo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Qualifier } from '../api/contract';
import type { DisplayUnit } from '../model/view-point';
import { formatDate, formatNumber, formatPercent, type NumberStyle } from '../model/format';
import { isMonthly } from '../model/period';

export interface Formatters {
  locale: string;
  /** "891.2 bn yuan", "953.2K vehicles", "5.7%"; zh "8,912亿元", fr "891,2 Md yuans". */
  value: (value: number, unit: DisplayUnit, style?: NumberStyle) => string;
  /** As `value`, wrapped in the qualifier's words: "more than 100,000 yuan". */
  qualified: (value: number, unit: DisplayUnit, qualifier: Qualifier | undefined, style?: NumberStyle) => string;
  /** A signed change in percent, "+22.2%", with the qualifier's words when it has one. */
  change: (percent: number, qualifier?: Qualifier) => string;
  /** Axis tick: the number alone, short. */
  tick: (value: number, unit: DisplayUnit) => string;
  axisLabel: (unit: DisplayUnit) => string;
  /** The unit of a plain value: "yuan", "vehicles", "%". */
  unitWord: (unit: DisplayUnit) => string;
  /** A period in words: "2024" stays as it is, a month reads "March 2024" / "2024年3月". */
  period: (period: string) => string;
}

export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const value = (v: number, unit: DisplayUnit, style: NumberStyle = 'full') => {
      if (unit === 'percent' || unit === 'yoy_percent') return formatPercent(v, locale, { signed: unit === 'yoy_percent', style });
      const number = formatNumber(v, unit, locale, style);
      const word = t(`units.${unit}`);
      // The language decides the spacing: "953.2K vehicles", "95.32万辆".
      return word ? t('format.quantity', { number, unit: word }) : number;
    };
    const signed = (v: number) => formatPercent(v, locale, { signed: true });
    return {
      locale,
      value,
      change: (v, qualifier) => (qualifier ? t(`qualifier.${qualifier}`, { value: signed(v) }) : signed(v)),
      qualified: (v, unit, qualifier, style = 'full') => (qualifier ? t(`qualifier.${qualifier}`, { value: value(v, unit, style) }) : value(v, unit, style)),
      tick: (v, unit) => formatNumber(v, unit, locale, 'axis'),
      axisLabel: (unit) => t(`axis.${unit}`),
      unitWord: (unit) => (unit === 'index' ? t('axis.index') : t(`units.${unit}`)),
      period: (period) => (isMonthly(period) ? formatDate(period, locale) : period),
    };
  }, [t, locale]);
}
