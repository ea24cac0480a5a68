// A panel's image is composed for print: its title and filters, KPI figures, charts with the
// reader's texts, key facts, sources, export date and link; none of the page's controls.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fact, Point, Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import { useFormatters } from '../charts/use-formatters';
import { useTranslation } from '../lib/i18n';
import { computeKpi } from '../model/kpi';
import { bareImageLabels } from './chart-export-request';
import { composedInput } from './composed-export';
import { buildComposedSvg } from './composed-image';
import { registerPanelImageSource, unregisterPanelImageSource, type PanelImageSource } from './panel-image-source';

const point = (year: number, value: number): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1' });
const points = [point(2021, 20), point(2022, 36.5), point(2023, 50), point(2024, 95), point(2025, 129.6)];
const viewPoints = points.map((p) => ({ ...p, year: Number(p.period), sourceIds: ['S1'] }));
const chart: ChartView = {
  id: 'nev-nev_production',
  title: 'NEV production',
  subtitle: '2021–2025 · Absolute',
  unit: 'vehicles_10k',
  chartType: 'line',
  mode: 'absolute',
  from: 2021,
  to: 2025,
  series: [{ indicatorId: 'nev_production', unit: 'vehicles_10k', isModeApplied: false, label: 'NEV production', color: '#0369a1', regionName: 'Chongqing', points: viewPoints }],
};
const fact = (id: number): Fact => ({ id: `f${id}`, kind: 'statistic', text: `Fact number ${id}.`, sourceId: 'S2', date: '2024-05-01' }) as Fact;
const sourcesById = new Map<string, Source>([
  ['S1', { id: 'S1', publisher: 'Chongqing Statistics Bureau', date: '2026-01-18' } as Source],
  ['S2', { id: 'S2', publisher: 'Xinhua', date: '2024-05-02' } as Source],
]);

function source(texts?: PanelImageSource['charts'][number]['texts']): PanelImageSource {
  return {
    domain: 'nev',
    title: 'New-energy vehicles',
    summary: 'NEV output in Chongqing.',
    from: 2021,
    to: 2025,
    modeLabel: 'Absolute',
    regionNames: ['Chongqing'],
    charts: [{ view: chart, ...(texts && { texts }), milestones: [] }],
    kpis: [{ label: 'NEV production', unit: 'vehicles_10k', kpi: computeKpi(viewPoints, false) }],
    facts: [1, 2, 3, 4, 5, 6].map(fact),
    sourcesById,
  };
}

const textsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');

afterEach(() => unregisterPanelImageSource('nev'));

describe('composed panel image', () => {
  it('prints the title, filters, figures, chart, key facts and footer, and no control', async () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    registerPanelImageSource('nev', () => source({ title: 'Output soars', note: 'Chart: Jane Doe' }));
    const { svg, width, height } = await buildComposedSvg(composedInput({ domains: ['nev'], title: 'New-energy vehicles', format, t }));
    const texts = textsOf(svg);
    const all = texts.join(' | ');
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(1200);
    expect(texts).toEqual(expect.arrayContaining(['New-energy vehicles', 'Chongqing · 2021–2025 · Absolute', 'Key figures', 'Key facts', 'Output soars', 'Chart: Jane Doe']));
    // The chart's own subtitle names the region and the unit.
    expect(all).toMatch(/Chongqing · 2021–2025 · Absolute · vehicles/);
    expect(all).toContain('Latest (2025)');
    expect(all).toContain('Fact number 4.');
    expect(all).not.toContain('Fact number 5.');
    expect(all).toContain('and 2 more facts in the live view');
    expect(all).toMatch(/Sources: Chongqing Statistics Bureau \(.*2026\); Xinhua/);
    expect(all).toMatch(/Exported .* · Chongqing Industry Dashboard/);
    expect(svg).toContain(`<a href="${window.location.origin}`);
    // The page's buttons, switches and folds are not in it.
    for (const control of ['Indicators', 'Export', 'Line', 'Bar', 'Area', 'Chart', 'Table', 'All companies']) expect(texts).not.toContain(control);
    expect(all).not.toMatch(/Show all|Show fewer|Sources \(/);
    expect(svg).not.toContain('<foreignObject');
  });

  it('wraps a Chinese key fact, which has no spaces, over several lines without cutting it', async () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    const chinese = '重庆市二〇二五年新能源汽车产量达到一百二十九点六万辆，比上年增长百分之三十六，占全市汽车产量的比重继续上升，成为全国新能源汽车生产的重要基地之一。全市已建成充电桩超过二十万个，覆盖所有区县，为新能源汽车的推广使用提供了有力保障。';
    registerPanelImageSource('nev', () => ({ ...source(), facts: [{ ...fact(1), text: chinese }] }));
    const { svg } = await buildComposedSvg(composedInput({ domains: ['nev'], title: 'NEV', format, t }));
    const factLines = textsOf(svg).filter((text) => text.length > 0 && chinese.includes(text));
    expect(factLines.length).toBeGreaterThan(1);
    expect(factLines.join('')).toBe(chinese);
    expect(svg).not.toContain('…');
    // A line never starts with a Chinese comma or full stop.
    for (const line of factLines) expect(line).not.toMatch(/^[，。]/);
  });

  it('heads each panel of the dashboard with its own title and filters', async () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    registerPanelImageSource('nev', () => source());
    registerPanelImageSource('macro', () => ({ ...source(), domain: 'macro', title: 'Macro economy', facts: [] }));
    const input = composedInput({ domains: ['macro', 'nev', 'water'], title: 'Chongqing Industry Dashboard', format, t });
    unregisterPanelImageSource('macro');
    expect(input.headsPanels).toBe(true);
    expect(input.subtitle).toBe('2021–2025 · Absolute · Panels: Macro economy and New-energy vehicles');
    expect(input.panels.map((panel) => panel.title)).toEqual(['Macro economy', 'New-energy vehicles']);
    expect(input.panels[0]?.subtitle).toBe('Chongqing · 2021–2025 · Absolute');
  });

  it('draws each chart bare, as a slide does: legend notes, no footer words of its own', () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    registerPanelImageSource('nev', () => source());
    const labels = composedInput({ domains: ['nev'], title: 'NEV', format, t }).panels[0]?.charts[0]?.labels;
    expect(labels?.notes).toEqual(bareImageLabels(chart, format, t).notes);
    expect([labels?.sourcesLine('S1'), labels?.exported, labels?.more(2)]).toEqual(['', '', '']);
    expect(labels?.flaggedNote).toBe(t('export.flaggedNote'));
  });

  it('says in words which chart has no figure in the range, rather than drawing it empty', () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    const empty = { ...chart, id: 'nev-x', title: 'Charging piles', series: chart.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: null })) })) };
    registerPanelImageSource('nev', () => ({ ...source(), charts: [{ view: chart, milestones: [] }, { view: empty, milestones: [] }] }));
    const [panel] = composedInput({ domains: ['nev'], title: 'New-energy vehicles', format, t }).panels;
    expect(panel?.charts.map((c) => c.view.title)).toEqual(['NEV production']);
    expect(panel?.gaps).toEqual(['Charging piles: no published figure in 2021–2025.']);
  });

  it('leaves out the link for a dataset opened from a file, which lives in this browser only', () => {
    const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
    const { format, t } = result.current;
    registerPanelImageSource('nev', () => source());
    expect(composedInput({ domains: ['nev'], title: 'NEV', format, t }).footer.link).toBe(`${window.location.origin}${window.location.pathname}`);
    window.history.replaceState(null, '', '/?dataset=local-1');
    try {
      expect(composedInput({ domains: ['nev'], title: 'NEV', format, t }).footer.link).toBeUndefined();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});
