import { describe, expect, it } from 'vitest';
import type { Indicator, Series, Source } from '../api/contract';
import type { ChartView } from './chart-types';
import { buildChartViews, chartSourceLabels, drawnSourceIds, milestonesForChart, milestonesFromFacts } from './chart-views';
import { longSourceLabel } from './source-label';

const view = (points: { value: number | null; sourceIds: string[] }[]): ChartView => ({
  id: 'v',
  title: 't',
  subtitle: 's',
  unit: 'vehicles_10k',
  chartType: 'line',
  mode: 'absolute',
  from: 2020,
  to: 2021,
  series: [{ indicatorId: 'a', unit: 'vehicles_10k', isModeApplied: true, label: 'A', color: '#000', points: points.map((p, i) => ({ period: String(2020 + i), year: 2020 + i, status: 'reported', ...p })) }],
});
const sources = new Map<string, Source>([
  ['S6', { id: 'S6', title: 't', publisher: 'People’s Daily', date: '2025-01-21', reliability: 'B' }],
  ['S9', { id: 'S9', title: 't', publisher: 'Xinhua repost', date: null, reliability: 'B' }],
]);

describe('chartSourceLabels', () => {
  it('names each source behind a shown value once, with its date when it has one', () => {
    expect(chartSourceLabels([view([{ value: 1, sourceIds: ['S6'] }, { value: 2, sourceIds: ['S6', 'S9'] }])], sources, 'en')).toEqual(['People’s Daily (Jan 21, 2025)', 'Xinhua repost']);
  });

  it('leaves out the sources of gaps, and keeps an unknown id visible', () => {
    expect(chartSourceLabels([view([{ value: null, sourceIds: ['S6'] }, { value: 2, sourceIds: ['S99'] }])], sources, 'en')).toEqual(['S99']);
  });
});

describe('drawnSourceIds', () => {
  it('lists the sources behind drawn values across charts once, in the order they first appear, and none behind a gap', () => {
    const first = view([{ value: null, sourceIds: ['S1'] }, { value: 2, sourceIds: ['S9', 'S6'] }]);
    const second = view([{ value: 3, sourceIds: ['S6', 'S4'] }]);
    expect(drawnSourceIds([first, second])).toEqual(['S9', 'S6', 'S4']);
  });
});

describe('longSourceLabel', () => {
  const t = ((key: string, values?: { id?: string }) => `${key}:${values?.id ?? ''}`) as Parameters<typeof longSourceLabel>[3];
  it('gives the id, the publisher and the date in the reader’s language, and says an unknown id is unknown', () => {
    expect(longSourceLabel('S6', sources, 'en', t)).toBe('[S6] People’s Daily, Jan 21, 2025');
    expect(longSourceLabel('S9', sources, 'en', t)).toBe('[S9] Xinhua repost');
    expect(longSourceLabel('S99', sources, 'en', t)).toBe('source.unknown:S99');
  });
});

describe('buildChartViews ids', () => {
  const indicator = (id: string, unit: Indicator['unit']): Indicator => ({ id, domain: 'nev', title: id, unit, description: '', sourceIds: ['S1'] });
  const series = (id: string, unit: Series['unit']): Series => ({ indicatorId: id, unit, points: [2020, 2021].map((year) => ({ period: String(year), value: year - 2000, status: 'reported', sourceId: 'S1' })) });
  const indicators = [indicator('a', 'vehicles_10k'), indicator('b', 'yuan_100m'), indicator('c', 'vehicles_10k')];
  const data = [series('a', 'vehicles_10k'), series('b', 'yuan_100m'), series('c', 'vehicles_10k')];
  const labels = { mode: 'Absolute', indexBase: (period: string) => `Index, ${period} = 100` };
  const ids = (selected: Indicator[], mode: 'absolute' | 'yoy') => buildChartViews(indicators, data, { idPrefix: 'nev', selected, mode, from: 2020, to: 2021, chartType: 'line' }, labels).map((v) => [v.id, v.series.map((s) => s.indicatorId)]);

  it('keeps a chart’s id when an indicator joins it, so it gains a line instead of being drawn anew', () => {
    const [a, b, c] = indicators as [Indicator, Indicator, Indicator];
    expect(ids([a], 'absolute')).toEqual([['nev-a', ['a']]]);
    expect(ids([a, c], 'absolute')).toEqual([['nev-a', ['a', 'c']]]);
    // Another unit is a chart of its own; in year-on-year mode all share one chart.
    expect(ids([a, b, c], 'absolute')).toEqual([
      ['nev-a', ['a', 'c']],
      ['nev-b', ['b']],
    ]);
    expect(ids([a, b, c], 'yoy')).toEqual([['nev-a', ['a', 'b', 'c']]]);
  });
});

describe('milestonesForChart', () => {
  const gdp = { year: 2023, label: 'GDP passes 3 trillion yuan', indicatorId: 'gdp' };
  const perCapita = { year: 2024, label: 'GDP per capita > 100,000 yuan', indicatorId: 'gdp_per_capita' };
  const anyChart = { year: 2021, label: 'Plan adopted' };
  const all = [gdp, perCapita, anyChart];
  const chart = (...series: { indicatorId: string; entityId?: string }[]) => ({ series: series.map((s) => ({ ...view([]).series[0]!, ...s })) });

  it('keeps the milestones of the indicators the chart draws, and those about no indicator', () => {
    expect(milestonesForChart(chart({ indicatorId: 'gdp' }, { indicatorId: 'industrial_va' }), all, undefined)).toEqual([gdp, anyChart]);
    expect(milestonesForChart(chart({ indicatorId: 'population' }), all, undefined)).toEqual([anyChart]);
  });

  it('gives back the same array when every milestone is kept, and none for a chart of other regions alone', () => {
    expect(milestonesForChart(chart({ indicatorId: 'gdp' }, { indicatorId: 'gdp_per_capita' }), all, 'chongqing')).toBe(all);
    expect(milestonesForChart(chart({ indicatorId: 'gdp', entityId: 'china' }), all, 'chongqing')).toEqual([]);
    expect(milestonesForChart(chart({ indicatorId: 'gdp', entityId: 'china' }, { indicatorId: 'gdp', entityId: 'chongqing' }), all, 'chongqing')).toEqual([gdp, anyChart]);
  });

  it('reads the indicator from a milestone fact', () => {
    const fact = { id: 'f', domain: 'macro', kind: 'milestone', text: 't', label: 'GDP passes 3 trillion yuan', indicatorId: 'gdp', date: '2023', sourceId: 'S4' } as const;
    expect(milestonesFromFacts([fact, { ...fact, id: 'g', indicatorId: undefined }])).toEqual([gdp, { year: 2023, label: 'GDP passes 3 trillion yuan' }]);
  });
});

describe('buildChartViews and prices', () => {
  const years = [2020, 2021, 2022];
  const gdp: Indicator = { id: 'gdp', domain: 'macro', title: 'GDP', unit: 'yuan_100m', description: '', sourceIds: ['S1'], prices: 'nominal' };
  const real: Indicator = { id: 'gdp_real_growth', domain: 'macro', title: 'Real GDP growth', unit: 'percent', description: '', sourceIds: ['S1'], prices: 'real' };
  const data: Series[] = [gdp, real].map((i) => ({ indicatorId: i.id, unit: i.unit, points: years.map((year) => ({ period: String(year), value: year - 2000, status: 'reported', sourceId: 'S1' })) }));
  const labels = { mode: 'Year on year', indexBase: (period: string) => `Index, ${period} = 100`, nominal: (title: string) => `${title} (nominal, computed by us)` };
  const build = (mode: 'absolute' | 'yoy') => buildChartViews([gdp, real], data, { idPrefix: 'macro', selected: [gdp, real], mode, from: 2020, to: 2022, chartType: 'line' }, labels);

  it('says a growth rate computed from nominal values is nominal, beside a real one as published', () => {
    const charts = build('yoy');
    expect(charts.flatMap((chart) => chart.series.map((s) => s.label))).toEqual(['GDP (nominal, computed by us)', 'Real GDP growth']);
    expect(charts[0]?.title).toBe('GDP (nominal, computed by us)');
  });

  it('leaves published values as they are titled', () => {
    expect(build('absolute').flatMap((chart) => chart.series.map((s) => s.label))).toEqual(['GDP', 'Real GDP growth']);
  });
});
