// Formatting that needs the active language: unit words and qualifiers ("more than ...").
import { useMemo } from 'react';
import { useTranslation } from '../lib/i18n';
import type { Qualifier } from '../api/contract';
import { formatDate, formatNumber, formatPercent, type NumberStyle } from '../model/format';
import { isMonthly } from '../model/period';
import { isAppUnit, toUnitFormat, type UnitLike } from '../model/units';

/**
 * A unit is an id (`vehicles_10k`) or, to use what the data says about it (its short form, its
 * decimals), an indicator, series or chart: each carries `unit`, and `shortUnit` and `decimals`
 * when the data gives them. A unit the app does not know is written as the data writes it.
 */
export interface Formatters {
  locale: string;
  /** "891.2 bn yuan", "953.2K vehicles", "5.7%"; zh "8,912亿元", fr "891,2 Md yuans"; "12.5 tonnes" ("12.5 t" compact). */
  value: (value: number, unit: UnitLike, style?: NumberStyle) => string;
  /** As `value`, wrapped in the qualifier's words: "more than 100,000 yuan". */
  qualified: (value: number, unit: UnitLike, qualifier: Qualifier | undefined, style?: NumberStyle) => string;
  /** A signed change in percent, "+22.2%", with the qualifier's words when it has one. */
  change: (percent: number, qualifier?: Qualifier) => string;
  /** Axis tick: the number alone, short. */
  tick: (value: number, unit: UnitLike) => string;
  /** "bn yuan", "万辆"; the data's short form of a unit the app does not know ("t"). */
  axisLabel: (unit: UnitLike) => string;
  /** The unit of a plain value: "yuan", "vehicles", "%", "tonnes". */
  unitWord: (unit: UnitLike) => string;
  /** A period in words: "2024" stays as it is, a month reads "March 2024" / "2024年3月". */
  period: (period: string) => string;
}

export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    // The data's own words for a unit the app does not know: in short where room is short.
    const ownWord = ({ unit, shortUnit }: { unit: string; shortUnit?: string }, isShort: boolean) => (isShort ? (shortUnit ?? unit) : unit);
    const value = (v: number, unitLike: UnitLike, style: NumberStyle = 'full') => {
      const format = toUnitFormat(unitLike);
      const { unit } = format;
      if (unit === 'percent' || unit === 'yoy_percent' || unit === 'share_percent') return formatPercent(v, locale, { signed: unit === 'yoy_percent', style, decimals: format.decimals });
      const number = formatNumber(v, format, locale, style);
      const word = isAppUnit(unit) ? t(`units.${unit}`) : ownWord(format, style !== 'full');
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
      axisLabel: (unitLike) => {
        const format = toUnitFormat(unitLike);
        return isAppUnit(format.unit) ? t(`axis.${format.unit}`) : ownWord(format, true);
      },
      unitWord: (unitLike) => {
        const { unit } = toUnitFormat(unitLike);
        if (!isAppUnit(unit)) return unit;
        return unit === 'index' ? t('axis.index') : t(`units.${unit}`);
      },
      period: (period) => (isMonthly(period) ? formatDate(period, locale) : period),
    };
  }, [t, locale]);
}
