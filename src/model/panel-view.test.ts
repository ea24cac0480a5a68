import { describe, expect, it } from 'vitest';
import type { Indicator, Point, Series } from '../api/contract';
import { buildKpis, buildSeriesGroups, openingIndicators, selectIndicators } from './panel-view';
import { regionView } from './regions';

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

describe('buildSeriesGroups, regions side by side', () => {
  const entities = [
    { id: 'chongqing', name: 'Chongqing', kind: 'city' as const },
    { id: 'china', name: 'China', kind: 'country' as const },
  ];
  const inRegion = (s: Series, entityId: string): Series => ({ ...s, entityId });
  const data = [
    inRegion(series('gdp', [point(2023, 30145.79), point(2024, 32193.15)], 'yuan_100m'), 'chongqing'),
    inRegion(series('gdp', [point(2023, 1260582), point(2024, 1349084)], 'yuan_100m'), 'china'),
    inRegion(series('growth', [point(2024, 6.1)], 'percent'), 'chongqing'),
  ];
  const gdp = indicator('gdp', 'yuan_100m');

  it('draws an indicator once per region shown, on one axis, each series naming its region', () => {
    const [group, ...others] = buildSeriesGroups([gdp], data, 'absolute', 2023, 2024, regionView(entities, ['chongqing', 'china']));
    expect(others).toEqual([]);
    expect(group?.series.map((s) => [s.entityId, s.points.map((p) => p.value)])).toEqual([
      ['chongqing', [30145.79, 32193.15]],
      ['china', [1260582, 1349084]],
    ]);
  });

  it('draws the main region alone by default, and takes a server’s unnamed series as the main region’s', () => {
    const unnamed = data.map(({ entityId: _entityId, ...s }) => s).slice(0, 1);
    const groups = buildSeriesGroups([gdp], unnamed, 'absolute', 2023, 2024, regionView(entities, []));
    expect(groups[0]?.series.map((s) => [s.entityId, s.points.length])).toEqual([['chongqing', 2]]);
  });

  it('in share mode, draws each region but the country, as a percent of the country, computed by us', () => {
    const [group] = buildSeriesGroups([gdp], data, 'share', 2023, 2024, regionView(entities, ['chongqing', 'china']));
    expect(group?.unit).toBe('share_percent');
    expect(group?.series.map((s) => s.entityId)).toEqual(['chongqing']);
    expect(group?.series[0]?.points.map((p) => [p.period, p.value?.toFixed(3), p.status])).toEqual([
      ['2023', '2.391', 'computed'],
      ['2024', '2.386', 'computed'],
    ]);
  });

  it('in share mode, leaves a rate as gaps that say a rate has no share', () => {
    const [group] = buildSeriesGroups([indicator('growth', 'percent')], data, 'share', 2024, 2024, regionView(entities, []));
    expect(group?.series[0]?.points).toEqual([expect.objectContaining({ period: '2024', value: null, status: 'computed', gapReason: 'rate_has_no_share' })]);
  });

  it('in share mode, draws nothing for a panel that shows only the country', () => {
    expect(buildSeriesGroups([gdp], data, 'share', 2023, 2024, regionView(entities, ['china']))).toEqual([]);
  });

  it('gives a KPI per indicator and region shown, the country included', () => {
    const kpis = buildKpis([gdp], data, 2023, 2024, regionView(entities, ['chongqing', 'china']));
    expect(kpis.map((k) => [k.region?.name, k.kpi.latest?.value])).toEqual([
      ['Chongqing', 32193.15],
      ['China', 1349084],
    ]);
  });
});

describe('openingIndicators', () => {
  const featured = (id: string): Indicator => ({ ...indicator(id), isFeatured: true });
  const years = (id: string, list: number[], entityId?: string): Series => ({ ...series(id, list.map((year) => point(year, year))), ...(entityId && { entityId }) });
  const range = { from: 2020, to: 2025 };

  it('opens on the featured indicators with a figure in at least three years of the range', () => {
    const indicators = [featured('gdp'), featured('industrial_va'), indicator('population')];
    const data = { series: [years('gdp', [2020, 2021, 2022, 2023]), years('industrial_va', [2020, 2024]), years('population', [2019, 2020, 2021, 2022])], ...range };
    expect(openingIndicators(indicators, data).map((i) => i.id)).toEqual(['gdp']);
  });

  it('opens on the first indicator with three years when no featured one has them (a lone point or two is no chart to open on)', () => {
    const indicators = [featured('laptops'), indicator('phones'), indicator('chips'), indicator('computers')];
    const data = { series: [years('laptops', [2019, 2021]), years('phones', [2019]), years('chips', [2020, 2021, 2023]), years('computers', [2021, 2022, 2023, 2024])], ...range };
    expect(openingIndicators(indicators, data).map((i) => i.id)).toEqual(['chips']);
  });

  it('counts years in the range only, and the main region only', () => {
    const indicators = [featured('a'), indicator('b')];
    const outside = { series: [years('a', [2016, 2017, 2018, 2020]), years('b', [2020, 2021, 2022])], ...range };
    expect(openingIndicators(indicators, outside).map((i) => i.id)).toEqual(['b']);
    const otherRegion = { series: [years('a', [2020], 'chongqing'), years('a', [2020, 2021, 2022], 'china'), years('b', [2020], 'chongqing')], ...range, mainId: 'chongqing' };
    expect(openingIndicators(indicators, otherRegion).map((i) => i.id)).toEqual(['a']);
  });

  it('keeps the featured ones (or the first) when no indicator has three years, or before the figures come', () => {
    const indicators = [indicator('a'), featured('b')];
    expect(openingIndicators(indicators, { series: [years('a', [2020]), years('b', [2021, 2022])], ...range }).map((i) => i.id)).toEqual(['b']);
    expect(openingIndicators(indicators, { series: [], ...range }).map((i) => i.id)).toEqual(['b']);
    expect(openingIndicators([indicator('a'), indicator('c')]).map((i) => i.id)).toEqual(['a']);
  });

  it('never overrides the reader’s own picks', () => {
    const indicators = [featured('a'), indicator('b')];
    expect(selectIndicators(indicators, ['a'], { series: [years('b', [2020, 2021, 2022])], ...range }).selected.map((i) => i.id)).toEqual(['a']);
  });
});
