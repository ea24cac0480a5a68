// An exported chart image stands alone, with no table or tooltip beside it: it says which values
// we computed and where a series changes definition.
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Point } from '../api/contract';
import { chartNotes } from '../charts/chart-notes';
import type { ChartView } from '../charts/chart-types';
import { useFormatters } from '../charts/use-formatters';
import { useTranslation } from '../lib/i18n';
import { applyValueMode } from '../model/value-modes';
import type { ValueMode } from '../state/filters-schema';
import { buildChartSvg } from './chart-image';
import { CHART_LAYOUT } from './layout';

const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });
// NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
const nev: Point[] = [point(2020, 4.3), point(2022, 36.5, { breakBefore: true }), point(2023, 50), point(2025, 129.6)];

function view(mode: ValueMode): ChartView {
  const series = applyValueMode({ indicatorId: 'nev_production', unit: 'vehicles_10k', points: nev }, mode, 2020, 2025);
  return { id: 'nev', title: 'NEV production', subtitle: '2020–2025', unit: series.unit, chartType: 'line', mode, from: 2020, to: 2025, series: [{ ...series, label: 'NEV production', color: '#000' }] };
}

const computedNote = 'Computed by us from the published figures: NEV production.';
const breakNote = 'NEV production changes definition in 2022: figures before and after are not comparable.';

describe('chart notes', () => {
  it('say which series we computed and where a definition changes', () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    expect(chartNotes(view('index'), format, t)).toEqual([computedNote, breakNote]);
    expect(chartNotes(view('absolute'), format, t)).toEqual([breakNote]);
  });

  it('are written in the exported image', async () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    const chart = view('index');
    const labels = { sourcesLine: (list: string) => list, exported: 'Exported', flaggedNote: 'Hollow marks', notes: chartNotes(chart, format, t), more: String };
    const svg = await buildChartSvg({ view: chart, format, sources: ['S1'], labels, layout: CHART_LAYOUT });
    expect(svg).toContain(`>${computedNote}</text>`);
    expect(svg).toContain(`>${breakNote}</text>`);
  });
});

describe('chart image texts', () => {
  it('name the region and the unit, once, and take the reader’s own where given', async () => {
    const { result } = renderHook(() => useFormatters());
    const format = result.current;
    const { defaultImageSubtitle, chartImageTexts } = await import('./chart-texts-default');
    const inRegion = (chart: ChartView): ChartView => ({ ...chart, series: chart.series.map((s) => ({ ...s, regionName: 'Chongqing' })) });
    expect(defaultImageSubtitle(inRegion(view('absolute')), format)).toBe('Chongqing · 2020–2025 · vehicles');
    // In index mode the index is the unit: the subtitle says it once.
    expect(defaultImageSubtitle(inRegion(view('index')), format)).toBe('Chongqing · 2020–2025');
    expect(chartImageTexts(view('absolute'), format, { subtitle: 'Mine', note: 'By me' })).toEqual({ title: 'NEV production', subtitle: 'Mine', note: 'By me' });
  });
});
