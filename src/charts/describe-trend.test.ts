import { describe, expect, it } from 'vitest';
import type { ViewPoint } from '../model/view-point';
import { Translator } from '../lib/translator';
import en from '../lib/locales/en.json';
import fr from '../lib/locales/fr.json';
import zh from '../lib/locales/zh.json';
import type { ChartView } from './chart-types';
import { describeChart, summarizeTrend } from './describe-trend';
import type { Formatters } from './use-formatters';

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
  it('names the highest and the lowest figures when they lie between the ends', () => {
    // Year-on-year NEV output: +37% in 2023, +90.6% in 2024, +36% in 2025.
    expect(summarizeTrend([point(2023, 37), point(2024, 90.6), point(2025, 36)], 2023, 2025)).toMatchObject({ direction: 'fell', peak: { year: 2024 } });
    expect(summarizeTrend([point(2020, 5), point(2021, 1), point(2022, 9), point(2023, 6)], 2020, 2023)).toMatchObject({ peak: { year: 2022 }, trough: { year: 2021 } });
    // An end that is the highest (or ties it) is named already.
    const rising = summarizeTrend([point(2020, 1), point(2021, 5), point(2022, 5)], 2020, 2022);
    expect(rising).not.toHaveProperty('peak');
    expect(rising).not.toHaveProperty('trough');
  });
});

describe('describeChart', () => {
  const format = { locale: 'en', qualified: (v: number) => `${v > 0 ? '+' : ''}${v}%`, period: (p: string) => p } as unknown as Formatters;
  const nevYoy: ChartView = {
    id: 'v',
    title: 'NEV production',
    subtitle: '',
    unit: 'yoy_percent',
    chartType: 'line',
    mode: 'yoy',
    from: 2023,
    to: 2025,
    series: [{ indicatorId: 'nev_production', unit: 'yoy_percent', isModeApplied: true, label: 'NEV production', color: '#000', points: [point(2023, 37), point(2024, 90.6), point(2025, 36)] }],
  };
  it.each([
    ['en', en, 'Year-on-year change in NEV production fell from +37% in 2023 to +36% in 2025. The highest was +90.6% in 2024.'],
    ['fr', fr, 'Variation sur un an (NEV production)\u202f: de +37% en 2023 à +36% en 2025, en baisse. Le plus haut\u202f: +90.6% en 2024.'],
    ['zh', zh, 'NEV production同比增速从2023年的+37%降至2025年的+36%。最高为2024年的+90.6%。'],
  ])('does not hide the 2024 peak of year-on-year NEV output (%s)', (language, strings, sentence) => {
    const translator = new Translator({ language, resources: { en, [language]: strings } });
    expect(describeChart(nevYoy, format, translator.t)).toBe(sentence);
  });
});
