import { describe, expect, it } from 'vitest';
import { hasMonthlyPoints, isMonthly, periodYearBefore, periodsInRange, timeOf, yearOf } from './period';

describe('periods', () => {
  it('reads years and months', () => {
    expect(yearOf('2024')).toBe(2024);
    expect(yearOf('2024-11')).toBe(2024);
    expect(isMonthly('2024')).toBe(false);
    expect(isMonthly('2024-11')).toBe(true);
    expect(timeOf('2024')).toBe(2024);
    expect(timeOf('2024-07')).toBe(2024.5);
  });

  it('finds the same period a year before', () => {
    expect(periodYearBefore('2024')).toBe('2023');
    expect(periodYearBefore('2024-01')).toBe('2023-01');
  });

  it('lists the periods of a range', () => {
    expect(periodsInRange(2020, 2022, false)).toEqual(['2020', '2021', '2022']);
    const months = periodsInRange(2020, 2021, true);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2020-01');
    expect(months[11]).toBe('2020-12');
    expect(months.at(-1)).toBe('2021-12');
    expect(periodsInRange(2022, 2021, false)).toEqual([]);
  });

  it('tells a monthly group from a yearly one', () => {
    expect(hasMonthlyPoints([{ points: [{ period: '2020' }] }])).toBe(false);
    expect(hasMonthlyPoints([{ points: [] }, { points: [{ period: '2020-04' }] }])).toBe(true);
  });
});
