import { describe, expect, it } from 'vitest';
import type { Source } from '../api/contract';
import type { ChartView } from './chart-types';
import { chartSourceLabels } from './chart-views';

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
