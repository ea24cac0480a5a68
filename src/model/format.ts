// Numbers as a reader expects them, through Intl for the active locale. Values arrive in the
// unit the source published (亿元, 万辆...); here they are scaled to plain quantities and
// written the way English reports write them: 891.2 bn yuan, 953K vehicles.
import type { Qualifier } from '../api/contract';
import type { DisplayUnit } from './view-point';

/** How many plain units one stored unit is worth. */
const SCALE: Record<DisplayUnit, number> = {
  yuan_100m: 1e8,
  yuan: 1,
  usd: 1,
  vehicles_10k: 1e4,
  units_10k: 1e4,
  pieces_100m: 1e8,
  persons_10k: 1e4,
  percent: 1,
  firms: 1,
  index: 1,
  yoy_percent: 1,
};

export type NumberStyle = 'full' | 'axis';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** The number alone, scaled and abbreviated; the unit word is added by formatWithUnit. */
export function formatNumber(value: number, unit: DisplayUnit, locale: string, style: NumberStyle = 'full'): string {
  const plain = value * SCALE[unit];
  const digits = style === 'axis' ? 0 : 1;
  switch (unit) {
    case 'yuan_100m': {
      // Billions, as the source article and English reports state yuan totals; the axis
      // label carries "bn yuan", so ticks show the number alone.
      const billions = numberFormat(locale, { maximumFractionDigits: style === 'axis' ? 0 : 1 }).format(plain / 1e9);
      return style === 'axis' ? billions : `${billions} bn`;
    }
    case 'percent':
      return numberFormat(locale, { maximumFractionDigits: 1 }).format(plain);
    case 'yoy_percent':
      return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(plain);
    case 'index':
      return numberFormat(locale, { maximumFractionDigits: digits }).format(plain);
    case 'yuan':
    case 'usd':
    case 'firms':
      return numberFormat(locale, style === 'axis' && plain >= 1e4 ? { notation: 'compact' } : { maximumFractionDigits: 0 }).format(plain);
    default: // counts of vehicles, devices, people: compact (953K, 93.9M)
      return numberFormat(locale, {
        notation: plain >= 1e4 ? 'compact' : 'standard',
        maximumFractionDigits: plain >= 1e4 ? (style === 'axis' ? 1 : 2) : 0,
      }).format(plain);
  }
}

/** Converts a stored value to plain units (yuan, vehicles...), e.g. for CSV exports. */
export const toPlainUnits = (value: number, unit: DisplayUnit) => value * SCALE[unit];

export const PARTIAL_YEAR_QUALIFIERS: readonly Qualifier[] = ['jan_mar', 'jan_jun', 'jan_aug', 'jan_sep', 'jan_oct', 'jan_nov'];
