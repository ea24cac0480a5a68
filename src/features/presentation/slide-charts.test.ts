// A slide of regions side by side: its charts name each region, its key number names the region it
// reads, and in share mode its chart image says the shares are ours, over the country's figures.
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Indicator, Point, Series } from '../../api/contract';
import { chartNotes } from '../../charts/chart-notes';
import { useFormatters } from '../../charts/use-formatters';
import { buildChartSvg } from '../../export/chart-image';
import { CHART_LAYOUT } from '../../export/layout';
import { useTranslation } from '../../lib/i18n';
import { regionView } from '../../model/regions';
import { buildSlideCharts } from './slide-charts';
import type { ShowSlide } from './use-show-slides';

const gdp: Indicator = { id: 'gdp', domain: 'macro', title: 'GDP', unit: 'yuan_100m', description: '', sourceIds: ['S6', 'N14'] };
const point = (year: number, value: number, sourceId: string): Point => ({ period: String(year), value, status: 'reported', sourceId });
const series: Series[] = [
  { indicatorId: 'gdp', entityId: 'chongqing', unit: 'yuan_100m', points: [point(2023, 30145.79, 'S4'), point(2024, 32193.15, 'S6')] },
  { indicatorId: 'gdp', entityId: 'china', unit: 'yuan_100m', points: [point(2023, 1260582, 'N11'), point(2024, 1349084, 'N14')] },
];
const entities = [
  { id: 'chongqing', name: 'Chongqing', kind: 'city' as const },
  { id: 'china', name: 'China', kind: 'country' as const },
];
const slide = (mode: ShowSlide['mode'], regions: string[]): ShowSlide => ({ id: 's1', domain: 'macro', indicators: ['gdp'], regions, from: 2023, to: 2024, mode, chart: 'line' });

function draw(mode: ShowSlide['mode'], regions: string[]) {
  const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
  const { format, t } = result.current;
  return { format, t, ...buildSlideCharts(slide(mode, regions), { indicators: [gdp], series }, [gdp], regionView(entities, regions), format, t) };
}

describe('a slide of regions side by side', () => {
  it('names each region in its chart and legend, and the region of its key number', () => {
    const { charts, keyNumber } = draw('absolute', ['chongqing', 'china']);
    expect(charts.map((chart) => [chart.title, chart.series.map((s) => s.label)])).toEqual([['GDP · Chongqing and China', ['GDP · Chongqing', 'GDP · China']]]);
    expect(keyNumber).toBe('GDP · Chongqing: 3,219.3 bn yuan in 2024, +6.8% on 2023 (computed by us)');
  });

  it('in share mode, draws the region’s share alone and its image says it is computed by us, against China', async () => {
    const { charts, format, t } = draw('share', ['chongqing', 'china']);
    const [chart] = charts;
    expect(chart?.series.map((s) => [s.label, s.points.map((p) => p.value?.toFixed(3))])).toEqual([['GDP · Chongqing', ['2.391', '2.386']]]);
    expect(chart?.subtitle).toBe('2023–2024 · Share of the national total (China = 100%), computed by us');
    const labels = { sourcesLine: (list: string) => list, exported: 'Exported', flaggedNote: 'Hollow marks', notes: chartNotes(chart!, format, t), more: String };
    const svg = await buildChartSvg({ view: chart!, format, sources: ['S6', 'N14'], labels, layout: CHART_LAYOUT });
    expect(svg).toContain('GDP · Chongqing');
    expect(svg).toContain('Share of the national total (China = 100%), computed by us');
    expect(svg).toContain('>Computed by us from the published figures: GDP · Chongqing.</text>');
  });

  it('leads with the value of its mode, as computed by us, not the published level', () => {
    expect(draw('yoy', ['chongqing']).keyNumber).toBe('GDP, year-on-year change: +6.8% in 2024 (computed by us)');
    expect(draw('index', ['chongqing']).keyNumber).toBe('GDP, index (2023 = 100): 106.8 in 2024 (computed by us)');
    expect(draw('share', ['chongqing', 'china']).keyNumber).toBe('GDP · Chongqing, share of the national total: 2.39% in 2024 (computed by us)');
  });

  it('keeps a published growth rate as it is in year-on-year mode', () => {
    const growth: Indicator = { ...gdp, id: 'gdp_growth', title: 'Real GDP growth', unit: 'percent' };
    const rates: Series[] = [{ indicatorId: 'gdp_growth', entityId: 'chongqing', unit: 'percent', points: [point(2023, 6.1, 'S4'), point(2024, 5.7, 'S6')] }];
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    const { keyNumber } = buildSlideCharts({ ...slide('yoy', ['chongqing']), indicators: ['gdp_growth'] }, { indicators: [growth], series: rates }, [growth], regionView(entities, ['chongqing']), format, t);
    expect(keyNumber).toBe('Real GDP growth: 5.7% in 2024');
  });
});
