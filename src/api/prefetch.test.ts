import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { createTestQueryClient } from '../../tests/render';
import { BUNDLED_DATASET } from './client';
import { prefetchFirstScreen } from './prefetch';
import { apiQueries } from './queries';

describe('prefetchFirstScreen', () => {
  it('asks for each shown panel’s indicators, series and facts, and the shared domains and sources', async () => {
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', ['macro', 'nev'], BUNDLED_DATASET);
    await Promise.all(queryClient.getQueryCache().getAll().map((query) => query.promise));
    for (const domain of ['macro', 'nev'] as const) {
      expect(queryClient.getQueryData(apiQueries.indicators(domain, 'en', BUNDLED_DATASET).queryKey)?.indicators.length).toBeGreaterThan(0);
      const series = queryClient.getQueryData(apiQueries.domainSeries(domain, 'en', BUNDLED_DATASET).queryKey)?.series ?? [];
      const indicators = queryClient.getQueryData(apiQueries.indicators(domain, 'en', BUNDLED_DATASET).queryKey)?.indicators ?? [];
      expect(series.map((s) => s.indicatorId)).toEqual(indicators.map((i) => i.id)); // one request, the whole domain
      expect(queryClient.getQueryData(apiQueries.facts(domain, 'en', BUNDLED_DATASET).queryKey)).toBeDefined();
    }
    expect(queryClient.getQueryData(apiQueries.indicators('materials', 'en', BUNDLED_DATASET).queryKey)).toBeUndefined();
    expect(queryClient.getQueryData(apiQueries.domains('en', BUNDLED_DATASET).queryKey)?.domains).toHaveLength(4);
    expect(queryClient.getQueryData(apiQueries.sources('en', BUNDLED_DATASET).queryKey)?.sources.length).toBeGreaterThan(0);
  });

  it('asks for the first panel’s data and the titles at the normal priority, the rest at low', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', ['nev', 'macro'], BUNDLED_DATASET);
    await Promise.all(queryClient.getQueryCache().getAll().map((query) => query.promise));
    const priorities = Object.fromEntries(fetchSpy.mock.calls.map(([url, init]) => [String(url).replace(/^.*\/api\/v1\//, ''), init?.priority]));
    expect(priorities).toMatchObject({
      'domains?lang=en': 'auto',
      'indicators?domain=nev&lang=en': 'auto',
      'series?domain=nev&lang=en': 'auto',
      'indicators?domain=macro&lang=en': 'low',
      'series?domain=macro&lang=en': 'low',
      'facts?domain=nev&lang=en': 'low',
      'sources?lang=en': 'low',
    });
    fetchSpy.mockRestore();
  });

  it('settles, never rejects, when the first panel’s data fails', async () => {
    server.use(http.get('*/api/v1/series', () => HttpResponse.json({ error: { code: 'not_found', message: 'gone' } }, { status: 404 })));
    await expect(prefetchFirstScreen(createTestQueryClient(), 'en', ['nev'], BUNDLED_DATASET)).resolves.toBeDefined();
  });
});
