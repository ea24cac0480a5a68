import { describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../../tests/render';
import { prefetchFirstScreen } from './prefetch';
import { apiQueries } from './queries';

describe('prefetchFirstScreen', () => {
  it('asks for each shown panel’s indicators, series and facts, and the shared domains and sources', async () => {
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', ['macro', 'nev']);
    await Promise.all(queryClient.getQueryCache().getAll().map((query) => query.promise));
    for (const domain of ['macro', 'nev'] as const) {
      expect(queryClient.getQueryData(apiQueries.indicators(domain, 'en').queryKey)?.indicators.length).toBeGreaterThan(0);
      const series = queryClient.getQueryData(apiQueries.domainSeries(domain, 'en').queryKey)?.series ?? [];
      const indicators = queryClient.getQueryData(apiQueries.indicators(domain, 'en').queryKey)?.indicators ?? [];
      expect(series.map((s) => s.indicatorId)).toEqual(indicators.map((i) => i.id)); // one request, the whole domain
      expect(queryClient.getQueryData(apiQueries.facts(domain, 'en').queryKey)).toBeDefined();
    }
    expect(queryClient.getQueryData(apiQueries.indicators('materials', 'en').queryKey)).toBeUndefined();
    expect(queryClient.getQueryData(apiQueries.domains('en').queryKey)?.domains).toHaveLength(4);
    expect(queryClient.getQueryData(apiQueries.sources('en').queryKey)?.sources.length).toBeGreaterThan(0);
  });

  it('asks for the rest once the first chart has its data, when told to (the embedded API)', async () => {
    const queryClient = createTestQueryClient();
    const firstScreen = prefetchFirstScreen(queryClient, 'en', ['nev', 'macro'], { restAfterFirst: true });
    const asked = () => queryClient.getQueryCache().getAll().map((query) => query.queryKey.slice(2).join(' ')).sort();
    expect(asked()).toEqual(['domains', 'indicators nev', 'series domain nev']);
    await firstScreen;
    expect(asked()).toEqual(['domains', 'facts macro', 'facts nev', 'indicators macro', 'indicators nev', 'series domain macro', 'series domain nev', 'sources']);
  });
});
