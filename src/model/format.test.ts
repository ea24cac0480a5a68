import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatPercent, toPlainUnits } from './format';

describe('formatNumber (en)', () => {
  it.each([
    [8912, 'yuan_100m', 'full', '891.2 bn'],
    [32193.15, 'yuan_100m', 'full', '3,219.315 bn'],
    [32193.15, 'yuan_100m', 'compact', '3,219.3 bn'],
    [32193.15, 'yuan_100m', 'axis', '3,219'],
    [95.32, 'vehicles_10k', 'full', '953,200'],
    [95.32, 'vehicles_10k', 'compact', '953.2K'],
    [129.6, 'vehicles_10k', 'compact', '1.296M'],
    [129.6, 'vehicles_10k', 'axis', '1.3M'],
    [9385.29, 'units_10k', 'full', '93,852,900'],
    [4.3, 'vehicles_10k', 'full', '43,000'],
    [100000, 'yuan', 'full', '100,000'],
    [5.7, 'percent', 'full', '5.7'],
    [90.64, 'yoy_percent', 'full', '+90.6'],
    [0.03, 'yoy_percent', 'full', '+0.03'],
    [-2.9, 'yoy_percent', 'full', '-2.9'],
    [215.34, 'index', 'full', '215.3'],
    [221, 'firms', 'full', '221'],
  ] as const)('%d %s (%s) reads %s', (value, unit, style, expected) => {
    expect(formatNumber(value, unit, 'en', style)).toBe(expected);
  });

  it('scales to plain units for data exports', () => {
    expect(toPlainUnits(95.32, 'vehicles_10k')).toBeCloseTo(953200);
    expect(toPlainUnits(8912, 'yuan_100m')).toBeCloseTo(891.2e9);
  });
});

// Intl writes French groups with a narrow no-break space (U+202F); normalise for readability.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatNumber (fr): Western scales, French digits', () => {
  it.each([
    [8912, 'yuan_100m', 'full', '891,2 Md'],
    [32193.15, 'yuan_100m', 'compact', '3 219,3 Md'],
    [32193.15, 'yuan_100m', 'axis', '3 219'],
    [95.32, 'vehicles_10k', 'full', '953 200'],
    [95.32, 'vehicles_10k', 'compact', '953,2 k'],
    [5.7, 'percent', 'full', '5,7'],
    [90.64, 'yoy_percent', 'full', '+90,6'],
  ] as const)('%d %s (%s) reads %s', (value, unit, style, expected) => {
    expect(plainSpaces(formatNumber(value, unit, 'fr', style))).toBe(expected);
  });
});

describe('formatNumber (zh): 万 and 亿, as Chinese statistics count', () => {
  it.each([
    [8912, 'yuan_100m', 'full', '8,912亿'],
    [30145.79, 'yuan_100m', 'full', '30,145.79亿'],
    [30145.79, 'yuan_100m', 'compact', '3.015万亿'],
    [8912, 'yuan_100m', 'compact', '8,912亿'],
    [8912, 'yuan_100m', 'axis', '8,912'],
    [95.32, 'vehicles_10k', 'full', '95.32万'],
    [95.32, 'vehicles_10k', 'compact', '95.32万'],
    [4.3, 'vehicles_10k', 'compact', '4.3万'],
    [0.1, 'vehicles_10k', 'compact', '1,000'],
    [9385.29, 'units_10k', 'compact', '9,385万'],
    [53.23, 'pieces_100m', 'full', '53.23亿'],
    [100000, 'yuan', 'full', '100,000'],
    [100000, 'yuan', 'axis', '10万'],
    [221, 'firms', 'full', '221'],
    [5.7, 'percent', 'full', '5.7'],
  ] as const)('%d %s (%s) reads %s', (value, unit, style, expected) => {
    expect(formatNumber(value, unit, 'zh', style)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [5.7, 'en', {}, '5.7%'],
    [5.7, 'fr', {}, '5,7 %'],
    [5.7, 'zh', {}, '5.7%'],
    [22.2, 'en', { signed: true }, '+22.2%'],
    [-2.9, 'fr', { signed: true }, '-2,9 %'],
    [0.03, 'zh', { signed: true }, '+0.03%'],
    [0, 'en', { signed: true }, '0%'],
  ] as const)('%d in %s %o reads %s', (value, locale, options, expected) => {
    expect(plainSpaces(formatPercent(value, locale, options)).replace('\u2212', '-')).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024', 'en', '2024'],
    ['2024', 'zh', '2024年'],
    ['2021-04', 'en', 'April 2021'],
    ['2021-04', 'fr', 'avril 2021'],
    ['2021-04', 'zh', '2021年4月'],
    ['2024-01-22', 'en', 'Jan 22, 2024'],
    ['2024-01-22', 'fr', '22 janv. 2024'],
    ['2024-01-22', 'zh', '2024年1月22日'],
  ])('%s in %s reads %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });
});

describe('formatList', () => {
  it.each([
    ['en', '2021, 2022, and 2023'],
    ['fr', '2021, 2022 et 2023'],
    ['zh', '2021、2022和2023'],
  ])('in %s reads %s', (locale, expected) => {
    expect(formatList(['2021', '2022', '2023'], locale)).toBe(expected);
  });
});

describe('a unit the app does not know, and the decimals the data gives', () => {
  const tonnes = { unit: 'tonnes', shortUnit: 't' };
  it.each([
    [12.34, tonnes, 'en', 'full', '12.34'],
    [12.5, { ...tonnes, decimals: 1 }, 'en', 'full', '12.5'],
    [12, { ...tonnes, decimals: 1 }, 'en', 'full', '12.0'],
    [12, { ...tonnes, decimals: 1 }, 'en', 'compact', '12.0'],
    [1234567.8, { ...tonnes, decimals: 1 }, 'en', 'full', '1,234,567.8'],
    [1234567.8, tonnes, 'en', 'compact', '1.235M'],
    [1234567.8, tonnes, 'en', 'axis', '1.2M'],
    [0.25, tonnes, 'en', 'axis', '0.25'],
    [1234567.8, { ...tonnes, decimals: 1 }, 'fr', 'full', '1 234 567,8'],
    [1234567.8, tonnes, 'zh', 'compact', '123.5万'],
    [12.5, 'tonnes', 'zh', 'full', '12.5'],
  ] as const)('%d %o in %s (%s) reads %s, never rescaled', (value, unit, locale, style, expected) => {
    expect(plainSpaces(formatNumber(value, unit, locale, style))).toBe(expected);
  });

  it.each([
    [8912.25, { unit: 'yuan_100m', decimals: 2 }, 'en', '891.225 bn'], // 亿元 with two decimals are billions with three
    [8912, { unit: 'yuan_100m', decimals: 2 }, 'en', '891.200 bn'],
    [95.3, { unit: 'vehicles_10k', decimals: 1 }, 'en', '953,000'], // 万 with one decimal: whole vehicles
    [5.7, { unit: 'percent', decimals: 2 }, 'en', '5.70'],
    [8912, { unit: 'yuan_100m', decimals: 2 }, 'zh', '8,912.00亿'],
    [221, { unit: 'firms', decimals: 0 }, 'en', '221'],
  ] as const)('keeps the published decimals of %d %o in %s: %s', (value, unit, locale, expected) => {
    expect(formatNumber(value, unit, locale, 'full')).toBe(expected);
  });

  it('leaves axis ticks to the axis', () => {
    expect(formatNumber(5.7, { unit: 'percent', decimals: 3 }, 'en', 'axis')).toBe('5.7');
  });

  it('writes a published rate with its decimals, and a change with its own', () => {
    expect(formatPercent(5, 'en', { decimals: 1 })).toBe('5.0%');
    expect(formatPercent(5.123, 'en', { signed: true, decimals: 0 })).toBe('+5.1%');
  });

  it('keeps a value of a unit it does not know as it is in data exports', () => {
    expect(toPlainUnits(12.5, { unit: 'tonnes' })).toBe(12.5);
    expect(toPlainUnits(12.5, 'tonnes')).toBe(12.5);
  });
});
