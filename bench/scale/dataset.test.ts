import { describe, expect, it } from 'vitest';
import { SeriesResponseSchema } from '../../src/api/schemas';
import { createApi } from '../../mocks/api/respond';
import { SCALE_INDICATORS, scaleDatasetIn } from './dataset';

describe('the scale benchmark dataset', () => {
  const dataset = scaleDatasetIn('en');
  const pointsOf = (indicator: (typeof dataset.indicators)[number]) => indicator.pointsByEntity.get(dataset.mainEntity) ?? [];

  it('has 50 indicators of 600 monthly points across the four domains, the same on every build', () => {
    expect(dataset.indicators).toHaveLength(SCALE_INDICATORS);
    expect(new Set(dataset.indicators.map((i) => i.domain)).size).toBe(4);
    for (const indicator of dataset.indicators) {
      expect(pointsOf(indicator)).toHaveLength(600);
      expect(pointsOf(indicator)[0]?.period).toBe('1976-01');
      expect(pointsOf(indicator).at(-1)?.period).toBe('2025-12');
    }
    const first = dataset.indicators[0];
    expect(first && pointsOf(first)[100]?.value).toBe(first && scaleDatasetIn('fr').indicators[0]?.pointsByEntity.get('synthetic')?.[100]?.value);
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
    const gaps = dataset.indicators.flatMap((i) => pointsOf(i).filter((p) => p.value === null));
    expect(gaps.length).toBeGreaterThan(0);
  });
});
