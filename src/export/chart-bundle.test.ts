import { act, renderHook } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Point, Source } from '../api/contract';
import type { ChartView } from '../charts/chart-types';
import { useFormatters } from '../charts/use-formatters';
import { useTranslation } from '../lib/i18n';
import { applyValueMode } from '../model/value-modes';
import { changeLanguage } from '../state/language';
import { zipChartBundle } from './chart-bundle';
import { buildChartExportRequest } from './chart-export-request';
import type { ChartMetadata } from './chart-metadata';

const SOURCES: Source[] = [
  { id: 'S1', title: '重庆市2022年国民经济和社会发展统计公报', publisher: 'Chongqing Bureau of Statistics', date: '2023-03-17', url: 'https://tjj.cq.gov.cn/bulletin?year=2022&part=2', reliability: 'A' },
  { id: 'S2', title: 'NEV output passes 950,000', publisher: 'Xinhua', date: '2025-01', reliability: 'B', note: 'quote: “more than 950,000 vehicles”' },
  { id: 'G1', title: 'Government work report', publisher: 'Chongqing People’s Government', date: null, url: 'https://www.cq.gov.cn/report', reliability: 'A' },
];

const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });

/** NEV output with a change of definition in 2022, and a growth rate shown as published: year-on-year, 2021–2024. */
function yoyView(): ChartView {
  const nev = applyValueMode({ indicatorId: 'nev_production', unit: 'vehicles_10k', points: [point(2020, 4.3), point(2021, 10), point(2022, 36.5, { breakBefore: true }), point(2023, 50.2), point(2024, 95.6, { sourceId: 'S2' })] }, 'yoy', 2021, 2024);
  const growth = applyValueMode({ indicatorId: 'gdp_growth', unit: 'percent', points: [point(2021, 8.3, { sourceId: 'G1' }), point(2022, 2.6, { sourceId: 'G1' }), point(2023, 6.1, { sourceId: 'G1' }), point(2024, 5.7, { sourceId: 'G1' })] }, 'yoy', 2021, 2024);
  return {
    id: 'nev',
    title: 'Production de véhicules à énergie nouvelle · Croissance du PIB réel',
    subtitle: '2021–2024 · Variation sur un an (%)',
    unit: 'yoy_percent',
    chartType: 'line',
    mode: 'yoy',
    from: 2021,
    to: 2024,
    series: [
      { ...nev, label: 'Production de VEN', color: '#000', regionName: 'Chongqing' },
      { ...growth, label: 'Croissance du PIB', color: '#111', regionName: 'Chongqing' },
    ],
  };
}

async function bundleIn(language: 'en' | 'fr' | 'zh', baseName: string) {
  await act(() => changeLanguage(language, { writeUrl: false }));
  const { result } = renderHook(() => ({ format: useFormatters(), t: useTranslation().t }));
  const { format, t } = result.current;
  const view = yoyView();
  const request = buildChartExportRequest({ view, format, t, sourcesById: new Map(SOURCES.map((s) => [s.id, s])), sourceLabel: (id) => id });
  const zip = zipChartBundle({ ...request.bundle, view, format, csvLabels: request.csvLabels }, baseName);
  const entries = unzipSync(zip);
  const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
  // TextDecoder drops a byte-order mark: the CSV's is checked on its bytes.
  const csvBytes = entries[`${baseName}.csv`] ?? new Uint8Array();
  return { zip, files, hasBom: csvBytes[0] === 0xef && csvBytes[1] === 0xbb && csvBytes[2] === 0xbf, rows: (files[`${baseName}.csv`] ?? '').split('\r\n') };
}

afterAll(async () => {
  await act(() => changeLanguage('en', { writeUrl: false }));
});

describe('the data behind a chart, as a .zip', () => {
  it('holds the CSV, the metadata and a README, named after the chart', async () => {
    const { files } = await bundleIn('en', 'nev-production-2021-2024-yoy');
    expect(Object.keys(files).sort()).toEqual(['README.md', 'nev-production-2021-2024-yoy.csv', 'nev-production-2021-2024-yoy.metadata.json']);
  });

  it('writes the French CSV with semicolons and decimal commas, one row per value, computed values flagged', async () => {
    const { rows, hasBom } = await bundleIn('fr', 'fr');
    expect(hasBom).toBe(true); // Excel reads the file as UTF-8
    expect(rows[0]?.startsWith('Année;Série;Région;')).toBe(true);
    expect(rows).toHaveLength(1 + 4 * 2 + 1); // header, 4 years × 2 series, final line end
    const nev2021 = rows[1]?.split(';');
    expect(nev2021?.slice(0, 4)).toEqual(['2021', 'Production de VEN', 'Chongqing', 'nev_production']);
    expect(nev2021?.[5]).toBe('132,558139535'); // (10 ÷ 4.3 − 1) × 100, a number to a French spreadsheet
    expect(nev2021?.[8]).toBe('calculé par nos soins');
    expect(nev2021?.[10]).toBe('https://tjj.cq.gov.cn/bulletin?year=2022&part=2');
    // Across the change of definition: no value, and why.
    expect(rows[3]?.split(';').slice(4, 6)).toEqual(['aucun chiffre', '']);
    // The growth rate stays as published.
    expect(rows[2]?.split(';').slice(5, 9)).toEqual(['8,3', '%', '', 'publié']);
  });

  it('writes the English and Chinese CSVs with commas and decimal points', async () => {
    for (const language of ['en', 'zh'] as const) {
      const { rows } = await bundleIn(language, language);
      const growth = rows[2]?.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, ''));
      expect(growth?.slice(0, 2)).toEqual(['2021', 'Croissance du PIB']);
      expect(growth?.[5]).toBe('8.3');
    }
  });

  it('describes the chart, its filters, sources with addresses and grades, and how values were computed', async () => {
    const { files } = await bundleIn('fr', 'fr');
    const metadata = JSON.parse(files['fr.metadata.json'] ?? '{}') as ChartMetadata;
    expect(metadata.chart.title).toBe('Production de véhicules à énergie nouvelle · Croissance du PIB réel');
    expect(metadata.chart.originalChartUrl).toMatch(/^http/);
    expect(metadata.filters).toMatchObject({ from: 2021, to: 2024, valueMode: 'yoy', regions: ['Chongqing'] });
    expect(metadata.computation.valueMode).toBe('yoy');
    expect(metadata.computation.description).toMatch(/valeur de l'année précédente/);
    expect(metadata.series.map((s) => [s.indicatorId, s.valueMode, s.definitionChanges])).toEqual([
      ['nev_production', 'yoy', ['2022']],
      ['gdp_growth', 'absolute', []],
    ]);
    expect(metadata.series[0]).toMatchObject({ computedValues: 3, publishedValues: 0, sourceIds: ['S1', 'S2'] });
    expect(metadata.sources).toEqual([
      { id: 'S1', publisher: 'Chongqing Bureau of Statistics', title: SOURCES[0]?.title, date: '2023-03-17', url: 'https://tjj.cq.gov.cn/bulletin?year=2022&part=2', grade: 'A', gradeName: 'Fiabilité A : source officielle' },
      expect.objectContaining({ id: 'S2', url: null, grade: 'B', note: 'quote: “more than 950,000 vehicles”' }),
      expect.objectContaining({ id: 'G1', date: null, url: 'https://www.cq.gov.cn/report' }),
    ]);
    expect(metadata.csv).toMatchObject({ path: 'fr.csv', encoding: 'utf-8', delimiter: ';', decimalChar: ',' });
    expect(metadata.csv.columns).toHaveLength(12);
    expect(metadata.dateDownloaded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('explains it all to a person in a README in the reader’s language', async () => {
    const { files } = await bundleIn('fr', 'fr');
    const readme = files['README.md'] ?? '';
    expect(readme).toMatch(/^# Production de véhicules/);
    expect(readme).toContain('## Sources');
    expect(readme).toContain('<https://tjj.cq.gov.cn/bulletin?year=2022&part=2>');
    expect(readme).toContain('Affichées telles que publiées, sans calcul (taux de croissance) : Croissance du PIB.');
    expect(readme).toContain('Production de VEN : la définition change en 2022');
    expect(readme).toContain('séparées par « ; »');
    expect(readme).toContain('## Comment citer');
    expect(readme).toContain('Chongqing Bureau of Statistics, Xinhua et Chongqing People’s Government ; rassemblé dans le Tableau de bord');
  });

  it('links to the live view, without the show the reader is in', async () => {
    window.history.replaceState(null, '', '/?from=2021&lang=en&present=2');
    const { files } = await bundleIn('en', 'en');
    const metadata = JSON.parse(files['en.metadata.json'] ?? '{}') as ChartMetadata;
    expect(metadata.chart.originalChartUrl).toBe('http://localhost:3000/?from=2021&lang=en');
    expect(files['README.md']).toContain('with the same filters: http://localhost:3000/?from=2021&lang=en');
    expect(files['README.md']).toMatch(/compiled in the Chongqing Industry Dashboard, http:\/\/localhost:3000\/\?from=2021&lang=en \(exported on/);
  });

  it('cites no link for a dataset opened from the reader’s files, which lives in their browser only', async () => {
    window.history.replaceState(null, '', '/?dataset=my-package-1a2b&lang=en');
    const { files } = await bundleIn('en', 'en');
    window.history.replaceState(null, '', '/');
    const metadata = JSON.parse(files['en.metadata.json'] ?? '{}') as ChartMetadata;
    expect(metadata.chart).not.toHaveProperty('originalChartUrl');
    const readme = files['README.md'] ?? '';
    expect(readme).not.toContain('http://localhost');
    expect(readme).not.toContain('The live chart');
    expect(readme).toMatch(/compiled in the Chongqing Industry Dashboard \(exported on/);
  });

  it('keeps a Chinese file name inside the zip, marked as UTF-8', async () => {
    const { zip, files } = await bundleIn('zh', '新能源汽车产量-2021-2024');
    expect(Object.keys(files)).toContain('新能源汽车产量-2021-2024.csv');
    // General-purpose flag bit 11 of the first local header: the name is UTF-8.
    expect(zip[7]! & 0x08).toBe(0x08);
  });
});
