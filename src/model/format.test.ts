import { describe, expect, it } from 'vitest';
import { formatNumber, toPlainUnits } from './format';

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
