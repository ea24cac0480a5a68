// Dates and lists written the way Intl writes them, for the three languages the app speaks,
// without Intl: as for numbers (number-format.ts), a page's first Intl formatter costs 40-90 ms
// here, and the first screen names its sources' dates and its charts' series. Only the forms
// format.ts uses are covered; anything else goes to Intl. date-list-format.test.ts checks every
// month, day and list length against Intl.

/** The three forms format.ts asks for: a year; a month and year; a day. Always in UTC. */
export type DatePrecision = 'year' | 'month' | 'day';

const EN_MONTHS = {
  long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const FR_MONTHS = {
  long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

const INTL_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

type DateWriter = (year: number, month: number, day: number) => string;

/** month is 1-12. Years of four digits, as every date in the data has. */
const WRITERS: Record<string, Record<DatePrecision, DateWriter>> = {
  en: {
    year: (year) => `${year}`,
    month: (year, month) => `${EN_MONTHS.long[month - 1]} ${year}`,
    day: (year, month, day) => `${EN_MONTHS.short[month - 1]} ${day}, ${year}`,
  },
  fr: {
    year: (year) => `${year}`,
    month: (year, month) => `${FR_MONTHS.long[month - 1]} ${year}`,
    day: (year, month, day) => `${day} ${FR_MONTHS.short[month - 1]} ${year}`,
  },
  zh: {
    year: (year) => `${year}年`,
    month: (year, month) => `${year}年${month}月`,
    day: (year, month, day) => `${year}年${month}月${day}日`,
  },
};

/**
 * Writes a UTC date as `new Intl.DateTimeFormat(locale, …)` would for the precision: "2024",
 * "April 2021", "Jan 22, 2024"; "avril 2021", "22 janv. 2024"; "2021年4月", "2024年1月22日".
 */
export function createDateFormat(locale: string, precision: DatePrecision): { format(date: Date): string } {
  const write = Object.hasOwn(WRITERS, locale) ? WRITERS[locale]?.[precision] : undefined;
  if (!write) return new Intl.DateTimeFormat(locale, INTL_OPTIONS[precision]);
  return {
    format: (date) => {
      const year = date.getUTCFullYear();
      // Years outside 1000-9999 are written differently by Intl (padding, eras): its to write.
      if (year < 1000 || year > 9999 || Number.isNaN(year)) return new Intl.DateTimeFormat(locale, INTL_OPTIONS[precision]).format(date);
      return write(year, date.getUTCMonth() + 1, date.getUTCDate());
    },
  };
}

/** The words between a list's items: [between the first ones, before the last of 3+, of just 2]. */
const LIST_JOINS: Record<string, readonly [string, string, string]> = {
  en: [', ', ', and ', ' and '],
  fr: [', ', ' et ', ' et '],
  zh: ['、', '和', '和'],
};

/** "2021, 2022, and 2023"; fr "2021, 2022 et 2023"; zh "2021、2022和2023", as Intl.ListFormat's long conjunction. */
export function createListFormat(locale: string): { format(items: string[]): string } {
  const joins = Object.hasOwn(LIST_JOINS, locale) ? LIST_JOINS[locale] : undefined;
  if (!joins) return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const [between, beforeLast, ofTwo] = joins;
  return {
    format: (items) => {
      if (items.length <= 1) return items.join('');
      if (items.length === 2) return `${items[0]}${ofTwo}${items[1]}`;
      return `${items.slice(0, -1).join(between)}${beforeLast}${items.at(-1)}`;
    },
  };
}
