import { describe, expect, it } from 'vitest';
import { shareOfTotal } from './share-of-total';
import type { ViewPoint } from './view-point';

const p = (period: string, value: number | null, extra: Partial<ViewPoint> = {}): ViewPoint => ({ period, year: Number(period.slice(0, 4)), value, status: 'reported', sourceIds: ['S'], ...extra });

describe('share of the national total', () => {
  it('divides the region by the country for each period both have, computed by us', () => {
    const [share] = shareOfTotal([p('2024', 32193.15)], [p('2024', 1349084, { sourceIds: ['N'] })]);
    expect(share?.value).toBeCloseTo(2.3863, 4);
    expect(share).toMatchObject({ status: 'computed', sourceIds: ['S', 'N'], inputs: [{ period: '2024', value: 1349084 }, { period: '2024', value: 32193.15 }] });
  });

  it('leaves a gap, saying why, where the country has no figure', () => {
    expect(shareOfTotal([p('2019', 10), p('2020', null)], [p('2020', 100)])).toEqual([
      expect.objectContaining({ period: '2019', value: null, shareGap: 'no_national_figure' }),
      expect.objectContaining({ period: '2020', value: null }),
    ]);
  });

  it.each([
    ['an estimate', { status: 'estimated' as const }, {}],
    ['a bound', { qualifier: 'more_than' as const }, {}],
    ['an approximation', {}, { qualifier: 'rounded' as const }],
    ['a preliminary figure against a revised one', { qualifier: 'preliminary' as const }, { qualifier: 'revised' as const }],
    ['part of a year against a whole year', { qualifier: 'jan_sep' as const }, {}],
  ])('is not computed from %s', (_case, region, country) => {
    expect(shareOfTotal([p('2023', 10, region)], [p('2023', 100, country)])[0]).toMatchObject({ value: null, shareGap: 'not_same_basis' });
  });

  it('is computed for two preliminary figures, or the same months of a year', () => {
    expect(shareOfTotal([p('2023', 10, { qualifier: 'preliminary' })], [p('2023', 100, { qualifier: 'preliminary' })])[0]?.value).toBe(10);
    expect(shareOfTotal([p('2024', 10, { qualifier: 'jan_sep' })], [p('2024', 200, { qualifier: 'jan_sep' })])[0]).toMatchObject({ value: 5, qualifier: 'jan_sep' });
  });

  it('never divides figures on different definitions: a region whose definition changed since', () => {
    // Chongqing's 2020 NEV output counts intelligent connected NEVs only (a break before 2022); China's does not.
    const region = [p('2020', 4.3), p('2022', 36.5, { isSeriesBreak: true }), p('2024', 95.32)];
    const country = [p('2020', 136.6), p('2024', 1288.8)];
    expect(shareOfTotal(region, country).map((s) => s.value?.toFixed(2) ?? s.shareGap)).toEqual(['not_same_basis', 'no_national_figure', '7.40']);
  });

  it('divides figures on the same older definition when both series changed it', () => {
    const region = [p('2019', 3124), p('2021', 3212, { isSeriesBreak: true })];
    const country = [p('2019', 140005), p('2021', 141260, { isSeriesBreak: true })];
    expect(shareOfTotal(region, country).map((s) => s.value?.toFixed(3))).toEqual(['2.231', '2.274']);
  });
});
