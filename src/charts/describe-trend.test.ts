import { describe, expect, it } from 'vitest';
import type { ViewPoint } from '../model/view-point';
import { summarizeTrend } from './describe-trend';

const point = (year: number, value: number | null): ViewPoint => ({ period: String(year), year, value, status: 'reported', sourceIds: ['S1'] });

describe('summarizeTrend', () => {
  it('compares the first and last figures in range and lists the years between with none', () => {
    const summary = summarizeTrend([point(2020, 4.3), point(2021, null), point(2022, 36.5), point(2024, 95.32), point(2025, 120)], 2020, 2024);
    expect(summary).toMatchObject({ kind: 'change', direction: 'rose', first: { year: 2020 }, last: { year: 2024 }, missingPeriods: ['2021', '2023'] });
  });
  it('says fell and flat', () => {
    expect(summarizeTrend([point(2020, 5), point(2021, 3)], 2019, 2025)).toMatchObject({ direction: 'fell' });
    expect(summarizeTrend([point(2020, 5), point(2021, 5)], 2019, 2025)).toMatchObject({ direction: 'flat' });
  });
  it('handles one figure and none', () => {
    expect(summarizeTrend([point(2022, 7), point(2019, null)], 2019, 2025)).toMatchObject({ kind: 'one', point: { year: 2022 } });
    expect(summarizeTrend([point(2018, 7)], 2019, 2025)).toEqual({ kind: 'none' });
  });
  it('compares only since the last break in the definition, and names it', () => {
    const nev = [point(2020, 4.3), { ...point(2022, 36.5), isSeriesBreak: true }, point(2023, 50), point(2025, 129.6)];
    expect(summarizeTrend(nev, 2020, 2025)).toMatchObject({ kind: 'change', first: { year: 2022 }, last: { year: 2025 }, missingPeriods: ['2024'], breakPeriod: '2022' });
    expect(summarizeTrend(nev, 2020, 2022)).toMatchObject({ kind: 'one', point: { year: 2022 }, breakPeriod: '2022' });
  });
});
