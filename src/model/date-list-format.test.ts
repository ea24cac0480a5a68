import { describe, expect, it } from 'vitest';
import { createDateFormat, createListFormat, type DatePrecision } from './date-list-format';

const INTL_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** Every day of a leap year and of a few other years, from 1999 to 2031. */
function dates(): Date[] {
  const out: Date[] = [];
  for (const year of [1999, 2020, 2024, 2025, 2031]) for (let day = 0; day < 366; day++) out.push(new Date(Date.UTC(year, 0, 1 + day)));
  return out;
}

describe('createDateFormat writes what Intl.DateTimeFormat writes', () => {
  for (const locale of ['en', 'fr', 'zh']) {
    for (const precision of ['year', 'month', 'day'] as const) {
      it(`${locale} ${precision}`, () => {
        const ours = createDateFormat(locale, precision);
        const intl = new Intl.DateTimeFormat(locale, INTL_OPTIONS[precision]);
        const differing = dates().filter((date) => ours.format(date) !== intl.format(date)).map((date) => `${date.toISOString()}: ${ours.format(date)} / ${intl.format(date)}`);
        expect(differing.slice(0, 5)).toEqual([]);
      });
    }
  }

  it('leaves other languages and years outside 1000-9999 to Intl', () => {
    expect(createDateFormat('de', 'month')).toBeInstanceOf(Intl.DateTimeFormat);
    const early = new Date(Date.UTC(900, 3, 1));
    expect(createDateFormat('en', 'day').format(early)).toBe(new Intl.DateTimeFormat('en', INTL_OPTIONS.day).format(early));
  });
});

describe('createListFormat writes what Intl.ListFormat writes', () => {
  for (const locale of ['en', 'fr', 'zh']) {
    it(locale, () => {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
      for (let length = 0; length <= 6; length++) {
        const items = ['2019', '2020', 'Q1 2021', '…', 'x', 'y'].slice(0, length);
        expect(createListFormat(locale).format(items)).toBe(intl.format(items));
      }
    });
  }

  it('leaves other languages to Intl', () => {
    expect(createListFormat('es')).toBeInstanceOf(Intl.ListFormat);
  });
});
