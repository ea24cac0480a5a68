// Numbers written the way Intl.NumberFormat writes them, for the three languages the app speaks,
// without Intl. A page's first Intl number, date or list formatter costs 40-90 ms of main-thread
// time in Chromium here (V8 loads ICU's data for it), and the first chart needs a formatter for
// its axis: ~100 ms of the first chart's time (issue #7, interleaved loads). Only the options
// format.ts uses are covered; anything else, or another language, goes to Intl. number-format.test.ts
// checks every covered option against Intl over thousands of values.

export interface NumberFormatOptions {
  maximumFractionDigits?: number;
  maximumSignificantDigits?: number;
  signDisplay?: 'auto' | 'exceptZero';
  style?: 'decimal' | 'percent';
  notation?: 'standard' | 'compact';
}

export interface NumberFormatter {
  format(value: number): string;
}

interface Symbols {
  group: string;
  decimal: string;
  percentSuffix: string;
  /** Short-scale suffixes for 10^3, 10^6, 10^9, 10^12 (CLDR's "short" compact forms); none: Intl. */
  compact?: readonly [string, string, string, string];
}

// CLDR's symbols (ICU 78): French groups digits with a narrow no-break space, and puts a no-break
// space before % and the compact words.
const SYMBOLS: Record<string, Symbols> = {
  en: { group: ',', decimal: '.', percentSuffix: '%', compact: ['K', 'M', 'B', 'T'] },
  fr: { group: '\u202f', decimal: ',', percentSuffix: '\u00a0%', compact: ['\u00a0k', '\u00a0M', '\u00a0Md', '\u00a0Bn'] },
  zh: { group: ',', decimal: '.', percentSuffix: '%' },
};

/** A non-negative decimal: its digits, and how many of them stand before the point (may be <= 0). */
interface Decimal {
  digits: number[];
  point: number;
}

/** The shortest decimal that reads back as `abs`, as Intl (ICU) takes a double: 1.005 is 1.005. */
function toDecimal(abs: number): Decimal {
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  const digits = [...mantissa.replace('.', '')].map(Number);
  return abs === 0 ? { digits: [0], point: 1 } : { digits, point: Number(exponent) + 1 };
}

/** Keeps `keep` digits, rounding half away from zero (Intl's default, halfExpand). */
function roundTo({ digits, point }: Decimal, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  if (keep < 0) return { digits: [0], point: 1 };
  const kept = digits.slice(0, keep);
  if ((digits[keep] ?? 0) >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i >= 0) kept[i] = (kept[i] ?? 0) + 1;
    else return { digits: [1, ...kept], point: point + 1 };
  }
  return kept.length > 0 ? { digits: kept, point } : { digits: [0], point: 1 };
}

const isZero = (decimal: Decimal) => decimal.digits.every((digit) => digit === 0);

/** Rounds by significant digits when asked (they win over fraction digits, as in Intl), else by fraction digits. */
function round(decimal: Decimal, options: { fraction: number; significant?: number }): Decimal {
  if (options.significant !== undefined) return roundTo(decimal, options.significant);
  return roundTo(decimal, decimal.point + options.fraction);
}

function write({ digits, point }: Decimal, symbols: Symbols, grouping = true): string {
  const whole = point > 0 ? digits.slice(0, point).join('').padEnd(point, '0') : '0';
  const fraction = (point < 0 ? '0'.repeat(-point) : '') + digits.slice(Math.max(point, 0)).join('');
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, symbols.group) : whole;
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${grouped}${symbols.decimal}${trimmed}` : grouped;
}

/** Compact form: the largest scale the rounded number reaches, as Intl picks it (999,960 -> 1M). */
function compact(decimal: Decimal, options: NumberFormatOptions, suffixes: readonly string[]): { decimal: Decimal; suffix: string } {
  const digitsFor = (scaled: Decimal) =>
    options.maximumSignificantDigits !== undefined || options.maximumFractionDigits !== undefined
      ? { significant: options.maximumSignificantDigits, fraction: options.maximumFractionDigits ?? 0 }
      : // Intl's default: whole numbers, but at least two significant digits (1.2K, 12K, 123K).
        { fraction: Math.max(0, 2 - scaled.point) };
  let scale = Math.min(Math.max(Math.floor((decimal.point - 1) / 3), 0), suffixes.length);
  for (;;) {
    const scaled = { digits: decimal.digits, point: decimal.point - scale * 3 };
    const rounded = round(scaled, digitsFor(scaled));
    if (rounded.point > 3 && !isZero(rounded) && scale < suffixes.length) {
      scale += 1;
      continue;
    }
    return { decimal: rounded, suffix: scale === 0 ? '' : (suffixes[scale - 1] ?? '') };
  }
}

function ownFormatter(symbols: Symbols, options: NumberFormatOptions): NumberFormatter {
  const percent = options.style === 'percent';
  return {
    format(value: number): string {
      let decimal = toDecimal(Math.abs(value));
      if (percent && !isZero(decimal)) decimal = { ...decimal, point: decimal.point + 2 }; // Intl multiplies in decimal
      let suffix = '';
      if (options.notation === 'compact' && symbols.compact) ({ decimal, suffix } = compact(decimal, options, symbols.compact));
      // Intl's default: three decimals, none for a percentage.
      else decimal = round(decimal, { significant: options.maximumSignificantDigits, fraction: options.maximumFractionDigits ?? (percent ? 0 : 3) });
      const negative = value < 0 || Object.is(value, -0);
      const sign = options.signDisplay === 'exceptZero' ? (isZero(decimal) ? '' : negative ? '-' : '+') : negative ? '-' : '';
      // Compact forms are never grouped (1000T).
      return `${sign}${write(decimal, symbols, options.notation !== 'compact')}${suffix}${percent ? symbols.percentSuffix : ''}`;
    },
  };
}

const COVERED: ReadonlySet<string> = new Set(['maximumFractionDigits', 'maximumSignificantDigits', 'signDisplay', 'style', 'notation']);

/**
 * A formatter for `locale` that writes what `new Intl.NumberFormat(locale, options)` would, built
 * without Intl for "en", "fr" and "zh"; Intl's own otherwise.
 */
export function createNumberFormat(locale: string, options: NumberFormatOptions): NumberFormatter {
  // Only the bare languages the app speaks: regions change symbols (en-GB writes 1k, not 1K).
  const symbols = Object.hasOwn(SYMBOLS, locale) ? SYMBOLS[locale] : undefined;
  const covered =
    symbols !== undefined &&
    Object.keys(options).every((key) => COVERED.has(key)) &&
    (options.notation !== 'compact' || (symbols.compact !== undefined && options.style !== 'percent'));
  if (!covered) return new Intl.NumberFormat(locale, options);
  const own = ownFormatter(symbols, options);
  let intl: Intl.NumberFormat | undefined;
  return {
    // NaN and infinities are Intl's to write ("NaN", "∞"); the data has none.
    format: (value) => (Number.isFinite(value) ? own.format(value) : (intl ??= new Intl.NumberFormat(locale, options)).format(value)),
  };
}
