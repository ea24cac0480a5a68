import { describe, expect, it } from 'vitest';
import { SeriesResponseSchema } from '../../src/api/schemas';
import { createApi } from '../../mocks/api/respond';
import { SCALE_INDICATORS, scaleDatasetIn } from './dataset';

describe('the scale benchmark dataset', () => {
  const dataset = scaleDatasetIn();

  it('has 50 indicators of 600 monthly points across the four domains, the same on every build', () => {
    expect(dataset.indicators).toHaveLength(SCALE_INDICATORS);
    expect(new Set(dataset.indicators.map((i) => i.domain)).size).toBe(4);
    for (const indicator of dataset.indicators) {
      expect(indicator.points).toHaveLength(600);
      expect(indicator.points[0]?.period).toBe('1976-01');
      expect(indicator.points.at(-1)?.period).toBe('2025-12');
    }
    expect(dataset.indicators[0]?.points[100]?.value).toBe(scaleDatasetIn().indicators[0]?.points[100]?.value);
  });

  it('is served through the API functions and passes the contract', () => {
    const api = createApi(scaleDatasetIn);
    const result = api.getSeries(new URLSearchParams({ domain: 'nev', from: '2000', to: '2001' }));
    expect(result.status).toBe(200);
    const body = SeriesResponseSchema.parse(result.body);
    expect(body.series.length).toBeGreaterThan(10);
    expect(body.series.every((s) => s.points.length === 24)).toBe(true);
  });

  it('keeps its missing months as gaps (null), never filled', () => {
    const gaps = dataset.indicators.flatMap((i) => i.points.filter((p) => p.value === null));
    expect(gaps.length).toBeGreaterThan(0);
  });
});
