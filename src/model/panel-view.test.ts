import { describe, expect, it } from 'vitest';
import type { Indicator, Point, Series } from '../api/contract';
import { buildSeriesGroups } from './panel-view';

const indicator = (id: string, unit: Indicator['unit'] = 'vehicles_10k'): Indicator => ({ id, domain: 'nev', title: id, unit, description: '', sourceIds: ['S1'] });
const point = (period: number, value: number): Point => ({ period: String(period), value, status: 'reported', sourceId: 'S1' });
const series = (id: string, points: Point[], unit: Series['unit'] = 'vehicles_10k'): Series => ({ indicatorId: id, unit, points });

describe('buildSeriesGroups', () => {
  it('gives different units a chart each in absolute mode, one chart in year-on-year mode', () => {
    const selected = [indicator('a'), indicator('b', 'yuan_100m')];
    const data = [series('a', [point(2020, 1), point(2021, 2)]), series('b', [point(2020, 5), point(2021, 6)], 'yuan_100m')];
    expect(buildSeriesGroups(selected, data, 'absolute', 2020, 2021).map((g) => g.unit)).toEqual(['vehicles_10k', 'yuan_100m']);
    expect(buildSeriesGroups(selected, data, 'yoy', 2020, 2021).map((g) => g.unit)).toEqual(['yoy_percent']);
  });

  it('indexes series drawn together to one common base year', () => {
    const selected = [indicator('nev'), indicator('auto')];
    const data = [series('nev', [point(2020, 4.3), point(2023, 50), point(2024, 95.32)]), series('auto', [point(2023, 232), { ...point(2024, 254), qualifier: 'rounded' }])];
    const groups = buildSeriesGroups(selected, data, 'index', 2020, 2025);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.series.map((s) => s.basePeriod)).toEqual(['2023', '2023']);
    expect(groups[0]!.series[0]!.points.find((p) => p.year === 2024)?.value).toBeCloseTo(190.64);
  });

  it('splits series with no common base year into a chart per base', () => {
    const selected = [indicator('a'), indicator('b')];
    const data = [series('a', [point(2020, 1), point(2021, 2)]), series('b', [point(2023, 5), point(2024, 6)])];
    const groups = buildSeriesGroups(selected, data, 'index', 2020, 2025);
    expect(groups.map((g) => g.series.map((s) => `${s.indicatorId}:${s.basePeriod}`))).toEqual([['a:2020'], ['b:2023']]);
  });

  it('shares an index base only after each series’ last break', () => {
    const selected = [indicator('nev'), indicator('auto')];
    const data = [
      series('nev', [point(2020, 4.3), { ...point(2022, 36.5), breakBefore: true }, point(2023, 50)]),
      series('auto', [point(2020, 150), point(2022, 200), point(2023, 232)]),
    ];
    const groups = buildSeriesGroups(selected, data, 'index', 2020, 2025);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.series.map((s) => s.basePeriod)).toEqual(['2022', '2022']);
  });
});
