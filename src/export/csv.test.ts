import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChartView } from '../charts/chart-types';
import { useFormatters, type Formatters } from '../charts/use-formatters';
import type { Point } from '../api/contract';
import { applyValueMode } from '../model/value-modes';
import type { ValueMode } from '../state/filters-schema';
import { buildCsv, csvCell, type CsvLabels } from './csv';
import { csvDialectFor } from './csv-dialect';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    [2024, '2024'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['+36%', '+36%'],
    ['-2.9%', '-2.9%'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd', "'+cmd"],
  ])('writes %j as %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

const labels = (overrides: Partial<CsvLabels> = {}): CsvLabels => ({
  header: ['h'],
  status: (status) => status,
  noFigure: 'none',
  sourceLabel: (id) => id,
  sourceUrl: () => undefined,
  qualifier: (q) => q,
  computedFrom: (periods) => `from ${periods.join(' and ')}`,
  gapReason: (reason) => `gap: ${reason}`,
  breakBefore: 'definition changes',
  ...overrides,
});

describe('buildCsv', () => {
  it('writes the qualifier in the reader’s words, not its id', () => {
    const view = {
      from: 2023,
      to: 2023,
      series: [{ indicatorId: 'nev_production', label: 'Production de VEN', unit: 'vehicles_10k', isModeApplied: true, color: '#000', points: [{ period: '2023', year: 2023, value: 50, status: 'reported', qualifier: 'more_than', sourceIds: ['S22'] }] }],
    } as unknown as ChartView; // only the fields the CSV reads
    const format = { locale: 'en', qualified: () => 'plus de 500 000 véhicules', unitWord: () => 'véhicules' } as unknown as Formatters;
    const csv = buildCsv(view, format, labels({ status: () => 'publié', noFigure: '', qualifier: (q) => (q === 'more_than' ? 'plus de' : q) }));
    expect(csv.split('\r\n')[1]).toBe('2023,Production de VEN,,nev_production,plus de 500 000 véhicules,500000,véhicules,plus de,publié,S22,,');
  });

  it('writes a row per month for a monthly series, a missing month included', () => {
    const points = [
      { period: '2024-11', year: 2024, value: 5, status: 'reported', sourceIds: ['S'] },
      { period: '2024-12', year: 2024, value: null, status: 'reported', sourceIds: ['S'] },
    ];
    const view = { from: 2024, to: 2024, series: [{ indicatorId: 'm', label: 'M', unit: 'percent', isModeApplied: true, color: '#000', points }] } as unknown as ChartView;
    const format = { locale: 'en', qualified: (v: number) => `${v}%`, unitWord: () => '%' } as unknown as Formatters;
    const lines = buildCsv(view, format, labels({ status: () => 'reported' })).split('\r\n');
    expect(lines).toHaveLength(14); // header, 12 months, final newline
    expect(lines[1]?.startsWith('2024-01,M,,m,none,')).toBe(true);
    expect(lines[11]).toBe('2024-11,M,,m,5%,5,%,,reported,S,,');
    expect(lines[12]?.startsWith('2024-12,M,,m,none,')).toBe(true);
  });

  describe('across a break in a series’ definition', () => {
    // NEV-like: intelligent connected NEVs in 2020, all NEVs from 2022.
    const point = (year: number, value: number, extra: Partial<Point> = {}): Point => ({ period: String(year), value, status: 'reported', sourceId: 'S1', ...extra });
    const nev: Point[] = [point(2020, 4.3), point(2022, 36.5, { breakBefore: true, note: 'all NEVs' }), point(2025, 129.6)];
    const csvRows = (mode: ValueMode) => {
      const series = applyValueMode({ indicatorId: 'nev', unit: 'vehicles_10k', points: nev }, mode, 2020, 2025);
      const view = { from: 2020, to: 2025, series: [{ ...series, label: 'NEV', color: '#000' }] } as unknown as ChartView;
      const format = { locale: 'en', qualified: (v: number) => v.toFixed(1), unitWord: (unit: string) => unit } as unknown as Formatters;
      return buildCsv(view, format, labels()).split('\r\n');
    };

    it('says where the definition changes', () => {
      expect(csvRows('absolute')[3]).toBe('2022,NEV,,nev,36.5,365000,vehicles_10k,,reported,S1,,definition changes · all NEVs');
    });

    it('says each index value is computed, from what, and why one across the break is missing', () => {
      const rows = csvRows('index');
      expect(rows[1]).toBe('2020,NEV,,nev,none,,index (2022 = 100),,,,,gap: across_break');
      expect(rows[3]).toBe('2022,NEV,,nev,100.0,100,index (2022 = 100),,computed,S1,,from 2022');
      expect(rows[6]).toBe('2025,NEV,,nev,355.1,355.068493151,index (2022 = 100),,computed,S1,,from 2022 and 2025');
    });
  });

  it('writes a unit the app does not know as the data does, with its decimals, and never rescales it', () => {
    const points = [{ period: '2024', year: 2024, value: 15, status: 'reported', sourceIds: ['T1'] }];
    const series = { indicatorId: 'coal_output', label: 'Coal output', unit: 'tonnes', shortUnit: 't', decimals: 1, isModeApplied: true, color: '#000', points };
    const view = { from: 2024, to: 2024, series: [series] } as unknown as ChartView;
    const { result } = renderHook(() => useFormatters());
    const csv = buildCsv(view, result.current, labels({ noFigure: '', status: () => 'reported' }));
    expect(csv.split('\r\n')[1]).toBe('2024,Coal output,,coal_output,15.0 tonnes,15,tonnes,,reported,T1,,');
  });

  it('names each series’ region in a Region column when regions are side by side', () => {
    const point = (value: number, sourceId: string) => ({ period: '2024', year: 2024, value, status: 'reported', sourceIds: [sourceId] });
    const series = [
      { indicatorId: 'gdp', entityId: 'chongqing', regionName: 'Chongqing', label: 'GDP · Chongqing', unit: 'yuan_100m', isModeApplied: true, color: '#000', points: [point(32193.15, 'S6')] },
      { indicatorId: 'gdp', entityId: 'china', regionName: 'China', label: 'GDP · China', unit: 'yuan_100m', isModeApplied: true, color: '#111', points: [point(1349084, 'N14')] },
    ];
    const view = { from: 2024, to: 2024, series } as unknown as ChartView;
    const format = { locale: 'en', qualified: (v: number) => String(v), unitWord: () => 'yuan' } as unknown as Formatters;
    expect(buildCsv(view, format, labels({ status: () => 'reported' })).split('\r\n').slice(1, 3)).toEqual([
      '2024,GDP · Chongqing,Chongqing,gdp,32193.15,3219315000000,yuan,,reported,S6,,',
      '2024,GDP · China,China,gdp,1349084,134908400000000,yuan,,reported,N14,,',
    ]);
  });
});

describe('CSV for the reader’s spreadsheet', () => {
  const FRENCH = csvDialectFor('fr');
  const ENGLISH = csvDialectFor('en');

  it.each([
    ['en', ',', '.'],
    ['zh', ',', '.'],
    ['fr', ';', ','],
    ['fr-FR', ';', ','],
  ])('%s separates columns with %j and decimals with %j', (locale, delimiter, decimalChar) => {
    expect(csvDialectFor(locale)).toEqual({ delimiter, decimalChar });
  });

  it.each([
    [3219315000000, '3219315000000', '3219315000000'],
    [355.068493151, '355.068493151', '355,068493151'],
    [-2.9, '-2.9', '-2,9'],
    [0.000001, '0.000001', '0,000001'],
    [-0, '0', '0'],
  ])('writes %d as a plain number (no thousands separator, no exponent)', (value, english, french) => {
    expect(csvCell(value, ENGLISH)).toBe(english);
    expect(csvCell(value, FRENCH)).toBe(french);
  });

  it('quotes text that holds the separator in use, and only that', () => {
    expect(csvCell('a; b', FRENCH)).toBe('"a; b"');
    expect(csvCell('a, b', FRENCH)).toBe('a, b');
    expect(csvCell('a; b', ENGLISH)).toBe('a; b');
    expect(csvCell('say "hi"', FRENCH)).toBe('"say ""hi"""');
  });

  it('writes a French row with semicolons, decimal commas and the sources’ addresses', () => {
    const points = [{ period: '2024', year: 2024, value: 1.5, status: 'reported', sourceIds: ['S1', 'S2'] }];
    const view = { from: 2024, to: 2024, series: [{ indicatorId: 'gdp_growth', label: 'Croissance; réelle', unit: 'percent', isModeApplied: true, color: '#000', points }] } as unknown as ChartView;
    const format = { locale: 'fr', qualified: () => '1,5 %', unitWord: () => '%' } as unknown as Formatters;
    const urls: Record<string, string> = { S1: 'https://tjj.cq.gov.cn/a?b=1&c=2' };
    const csv = buildCsv(view, format, labels({ status: () => 'publié', sourceLabel: (id) => `Source ${id}`, sourceUrl: (id) => urls[id] }));
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('2024;"Croissance; réelle";;gdp_growth;1,5 %;1,5;%;;publié;"Source S1; Source S2";https://tjj.cq.gov.cn/a?b=1&c=2;');
  });

  it('flags each computed value in the status column and says what it was computed from', () => {
    const series = applyValueMode({ indicatorId: 'nev', unit: 'vehicles_10k', points: [{ period: '2023', value: 50, status: 'reported', sourceId: 'S1' }, { period: '2024', value: 95, status: 'estimated', sourceId: 'S2' }] }, 'yoy', 2024, 2024);
    const view = { from: 2024, to: 2024, series: [{ ...series, label: 'NEV', color: '#000' }] } as unknown as ChartView;
    const format = { locale: 'en', qualified: (v: number) => `+${v.toFixed(1)}%`, unitWord: () => '% y/y' } as unknown as Formatters;
    expect(buildCsv(view, format, labels()).split('\r\n')[1]).toBe('2024,NEV,,nev,+90.0%,90,% y/y,,computed,S2; S1,,from 2023 and 2024');
  });
});
