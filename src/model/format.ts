// Numbers as a reader expects them, through Intl for the active locale. Values arrive in the
// unit the source published (亿元, 万辆...); here they are scaled to plain quantities and
// written the way English reports write them: 891.2 bn yuan, 953K vehicles.
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

export type NumberStyle = 'full' | 'compact' | 'axis';

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

/**
 * The number alone, scaled; the unit word is added by the caller. Three styles:
 * - `full` (tables, tooltips, CSV): every digit the source published, 1,296,000 or 3,219.315 bn;
 * - `compact` (KPI cards): four significant digits, 1.296M, 953.2K;
 * - `axis` (ticks): short, 1.3M, 3,000.
 */
export function formatNumber(value: number, unit: DisplayUnit, locale: string, style: NumberStyle = 'full'): string {
  const plain = value * SCALE[unit];
  // Small changes keep two decimals, so +0.03% does not read as 0%.
  const changeDigits = style === 'axis' ? 0 : Math.abs(plain) < 1 ? 2 : 1;
  switch (unit) {
    case 'yuan_100m': {
      // Billions, as the source article and English reports state yuan totals; 亿元 with two
      // decimals is billions with three. The axis label carries "bn yuan", so ticks omit it.
      const digits = { full: 3, compact: 1, axis: 0 }[style];
      const billions = numberFormat(locale, { maximumFractionDigits: digits }).format(plain / 1e9);
      return style === 'axis' ? billions : `${billions} bn`;
    }
    case 'percent':
      return numberFormat(locale, { maximumFractionDigits: style === 'axis' ? 1 : 2 }).format(plain);
    case 'yoy_percent':
      return numberFormat(locale, { maximumFractionDigits: changeDigits, signDisplay: 'exceptZero' }).format(plain);
    case 'index':
      return numberFormat(locale, { maximumFractionDigits: changeDigits }).format(plain);
    case 'yuan':
    case 'usd':
    case 'firms':
      return numberFormat(locale, style === 'axis' && plain >= 1e4 ? { notation: 'compact' } : { maximumFractionDigits: 0 }).format(plain);
    default: {
      // Counts of vehicles, devices, people.
      if (style === 'full' || plain < 1e4) return numberFormat(locale, { maximumFractionDigits: 0 }).format(plain);
      return numberFormat(locale, style === 'axis' ? { notation: 'compact', maximumFractionDigits: 1 } : { notation: 'compact', maximumSignificantDigits: 4 }).format(plain);
    }
  }
}

/** Converts a stored value to plain units (yuan, vehicles...), e.g. for CSV exports. */
export const toPlainUnits = (value: number, unit: DisplayUnit) => value * SCALE[unit];
