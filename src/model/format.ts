// Numbers, dates and lists as a reader of each language expects them, written by Intl. Values
// arrive in the unit the source published (亿元, 万辆...). English and French readers get them
// scaled the Western way (891.2 bn yuan, 891,2 Md yuans, 953.2K vehicles); Chinese readers get
// the 万/亿 counting their statistics use (8,912亿元, 95.32万辆), so a figure reads as published.
import { isAppUnit, toUnitFormat, type AppUnit, type UnitLike } from './units';

/** How many plain units one stored unit is worth. */
const SCALE: Record<AppUnit, number> = {
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
  share_percent: 1,
};

export type NumberStyle = 'full' | 'compact' | 'axis';

/** Chinese counts in 万 (10^4), 亿 (10^8) and 万亿 (10^12); Intl's compact form drops grouping. */
const CHINESE_SCALES = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
] as const;

/** The word English and French reports put after billions of yuan (Intl's compact "B" is not it). */
const BILLION_WORD: Record<string, string> = { en: 'bn', fr: 'Md' };

/** Formatting runs per tick and cell, and a formatter reads its options once: build each once. */
function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** Decimals of a change (growth, index): two below 1 so +0.03% does not read 0%; none on axes. */
const changeDigits = (value: number, style: NumberStyle) => (style === 'axis' ? 0 : Math.abs(value) < 1 ? 2 : 1);
/** Decimals of a published rate: as published, up to two; one on axes. */
const rateDigits = (style: NumberStyle) => (style === 'axis' ? 1 : 2);

const language = (locale: string) => locale.split('-')[0] ?? locale;
const usesChineseCounting = (locale: string) => language(locale) === 'zh';

/** 953,200 -> "95.32万"; below 10,000 the number as is. Four significant digits, grouped. */
function chineseScaled(plain: number, locale: string, digits: { significant?: number; fraction?: number }): string {
  const [scale, word] = CHINESE_SCALES.find(([size]) => Math.abs(plain) >= size) ?? [1, ''];
  const scaled = plain / scale;
  const options: Intl.NumberFormatOptions =
    digits.significant !== undefined ? { maximumSignificantDigits: Math.max(digits.significant, String(Math.trunc(Math.abs(scaled))).length) } : { maximumFractionDigits: digits.fraction ?? 0 };
  return `${numberFormat(locale, options).format(scaled)}${word}`;
}

/** Exactly `digits` decimals: a figure published as 12.0 reads 12.0. */
const fixed = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The decimals a figure published with `decimals` in `unit` has once written in units of
 * `shownScale` (1 for plain units, 1e9 for billions): 亿元 with 2 are billions with 3.
 */
const shownDecimals = (decimals: number, unit: AppUnit, shownScale: number) => Math.max(0, decimals + Math.round(Math.log10(shownScale / SCALE[unit])));

/** What the stored unit is in 万/亿 terms: "亿" for 亿元, "万" for 万辆. */
const CHINESE_STORED_WORD: Partial<Record<AppUnit, string>> = {
  yuan_100m: '亿',
  pieces_100m: '亿',
  vehicles_10k: '万',
  units_10k: '万',
  persons_10k: '万',
};

/** `decimals`: as the data publishes them, for full figures; undefined keeps each unit's own. */
function formatChinese(value: number, unit: AppUnit, locale: string, style: NumberStyle, decimals: number | undefined): string {
  const storedWord = CHINESE_STORED_WORD[unit];
  const isFull = style === 'full' && decimals !== undefined;
  if (storedWord !== undefined) {
    // Full: the stored figure with every published digit ("30,145.79亿"); axis ticks stay in
    // the stored unit, which the axis label names ("亿元"); cards scale up to 万亿 when needed.
    if (style === 'full') return `${numberFormat(locale, isFull ? fixed(decimals) : { maximumFractionDigits: 4 }).format(value)}${storedWord}`;
    if (style === 'axis') return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
    return chineseScaled(value * SCALE[unit], locale, { significant: 4 });
  }
  // Plain yuan, dollars and firms: grouped digits, 万 on axes.
  if (style === 'axis' && Math.abs(value) >= 1e4) return chineseScaled(value, locale, { fraction: 1 });
  return numberFormat(locale, isFull ? fixed(decimals) : { maximumFractionDigits: 0 }).format(value);
}

function formatWestern(value: number, unit: AppUnit, locale: string, style: NumberStyle, decimals: number | undefined): string {
  const plain = value * SCALE[unit];
  const fullDigits = (shownScale: number, otherwise: Intl.NumberFormatOptions) =>
    style === 'full' && decimals !== undefined ? fixed(shownDecimals(decimals, unit, shownScale)) : otherwise;
  if (unit === 'yuan_100m') {
    // Billions, as the source article and English and French reports state yuan totals; 亿元
    // with two decimals is billions with three. The axis label carries the unit, so ticks omit it.
    const digits = { full: 3, compact: 1, axis: 0 }[style];
    const billions = numberFormat(locale, fullDigits(1e9, { maximumFractionDigits: digits })).format(plain / 1e9);
    // French keeps the number and its word on one line (a no-break space).
    const space = language(locale) === 'fr' ? '\u00a0' : ' ';
    return style === 'axis' ? billions : `${billions}${space}${BILLION_WORD[language(locale)] ?? 'bn'}`;
  }
  if (unit === 'yuan' || unit === 'usd' || unit === 'firms') {
    return numberFormat(locale, style === 'axis' && plain >= 1e4 ? { notation: 'compact' } : fullDigits(1, { maximumFractionDigits: 0 })).format(plain);
  }
  // Counts of vehicles, devices, people.
  if (style === 'full' || plain < 1e4) return numberFormat(locale, fullDigits(1, { maximumFractionDigits: 0 })).format(plain);
  return numberFormat(locale, style === 'axis' ? { notation: 'compact', maximumFractionDigits: 1 } : { notation: 'compact', maximumSignificantDigits: 4 }).format(plain);
}

/**
 * A unit the app does not know ("tonnes"): the number as the data has it, never rescaled.
 * Figures keep their published decimals; large ones are shortened on axes and cards, in 万/亿
 * for Chinese readers as their other figures are.
 */
function formatOwnUnit(value: number, locale: string, style: NumberStyle, decimals: number | undefined): string {
  const isLarge = Math.abs(value) >= 1e4;
  if (style === 'full' || (style === 'compact' && !isLarge)) {
    return numberFormat(locale, decimals !== undefined ? fixed(decimals) : style === 'full' ? { maximumFractionDigits: 4 } : { maximumSignificantDigits: 4 }).format(value);
  }
  if (style === 'axis' && !isLarge) return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (usesChineseCounting(locale)) return chineseScaled(value, locale, style === 'axis' ? { fraction: 1 } : { significant: 4 });
  return numberFormat(locale, style === 'axis' ? { notation: 'compact', maximumFractionDigits: 1 } : { notation: 'compact', maximumSignificantDigits: 4 }).format(value);
}

/**
 * The number alone, scaled; the unit word is added by the caller. Three styles:
 * - `full` (tables, tooltips): every digit the source published, 1,296,000 or 3,219.315 bn;
 * - `compact` (KPI cards): four significant digits, 1.296M, 953.2K, 95.32万;
 * - `axis` (ticks): short, 1.3M, 3,000.
 * Percentages, growth rates and index values come back without a sign of their unit. A unit's
 * `decimals` (when the data gives them) set a published figure's digits, except on axes.
 */
export function formatNumber(value: number, unit: UnitLike, locale: string, style: NumberStyle = 'full'): string {
  const { unit: id, decimals } = toUnitFormat(unit);
  if (!isAppUnit(id)) return formatOwnUnit(value, locale, style, decimals);
  switch (id) {
    case 'percent':
    case 'share_percent':
      return numberFormat(locale, decimals !== undefined && style !== 'axis' ? fixed(decimals) : { maximumFractionDigits: rateDigits(style) }).format(value);
    case 'yoy_percent':
      return numberFormat(locale, { maximumFractionDigits: changeDigits(value, style), signDisplay: 'exceptZero' }).format(value);
    case 'index':
      return numberFormat(locale, { maximumFractionDigits: changeDigits(value, style) }).format(value);
    default:
      return usesChineseCounting(locale) ? formatChinese(value, id, locale, style, decimals) : formatWestern(value, id, locale, style, decimals);
  }
}

/**
 * A percentage with the locale's own sign and spacing: "5.7%", "5,7 %"; `signed` shows + on
 * growth. `decimals`: a published rate's own, for any style but axis ticks.
 */
export function formatPercent(value: number, locale: string, options: { signed?: boolean; style?: NumberStyle; decimals?: number } = {}): string {
  const style = options.style ?? 'full';
  const digits = options.signed ? changeDigits(value, style) : rateDigits(style);
  const published = options.decimals !== undefined && !options.signed && style !== 'axis' ? fixed(options.decimals) : { maximumFractionDigits: digits };
  // Intl multiplies by 100; dividing first would print 0.057 * 100 = 5.700000000000001.
  return numberFormat(locale, {
    style: 'percent',
    ...published,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(Number((value / 100).toPrecision(15)));
}

/** Converts a stored value to plain units (yuan, vehicles...), e.g. for CSV exports; a unit the app does not know stays as it is. */
export const toPlainUnits = (value: number, unit: UnitLike) => {
  const { unit: id } = toUnitFormat(unit);
  return isAppUnit(id) ? value * SCALE[id] : value;
};

const listFormats = new Map<string, Intl.ListFormat>();
/** "2021, 2022, and 2023"; fr "2021, 2022 et 2023"; zh "2021、2022和2023". */
export const formatList = (items: string[], locale: string): string =>
  cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })).format(items);

/** A year; a month and year; a day. Always in UTC: a date is as the source published it. */
const DATE_OPTIONS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A source's date as precise as it was published: "2024年", "avril 2021", "Jan 22, 2024". */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const format = cached(dateFormats, `${locale}|${precision}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]));
  return format.format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}
