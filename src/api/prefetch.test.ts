import { http, HttpResponse, type DefaultBodyType } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { bundledApi } from '../../mocks/api/bundled';
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

  it('asks for the data’s first panel and the titles at the normal priority, the rest at low', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', null, BUNDLED_DATASET);
    await Promise.all(queryClient.getQueryCache().getAll().map((query) => query.promise));
    const priorities = Object.fromEntries(fetchSpy.mock.calls.map(([url, init]) => [String(url).replace(/^.*\/api\/v1\//, ''), init?.priority]));
    expect(priorities).toMatchObject({
      'domains?lang=en': 'auto',
      'indicators?domain=macro&lang=en': 'auto',
      'series?domain=macro&lang=en': 'auto',
      'indicators?domain=nev&lang=en': 'low',
      'series?domain=materials&lang=en': 'low',
      'facts?domain=macro&lang=en': 'low',
      'sources?lang=en': 'low',
    });
    fetchSpy.mockRestore();
  });

  it('asks for the one panel a link names at once, beside /domains, and the rest once /domains has said them', async () => {
    let answerDomains: (() => void) | undefined;
    const domainsHeld = new Promise<void>((resolve) => (answerDomains = resolve));
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(request.url.replace(/^.*\/api\/v1\//, '')));
    server.use(
      http.get('*/api/v1/domains', async ({ request }) => {
        await domainsHeld;
        return HttpResponse.json(bundledApi.getDomains(new URL(request.url).searchParams).body as DefaultBodyType);
      }),
    );
    const queryClient = createTestQueryClient();
    const done = prefetchFirstScreen(queryClient, 'en', ['nev'], BUNDLED_DATASET);
    await vi.waitFor(() => expect(asked).toContain('series?domain=nev&lang=en'));
    expect(asked.some((url) => url.startsWith('facts'))).toBe(false);
    answerDomains?.();
    await done;
    await vi.waitFor(() => expect(asked).toContain('facts?domain=nev&lang=en'));
    expect(asked.some((url) => url.includes('domain=macro'))).toBe(false);
    server.events.removeAllListeners();
  });

  it('asks for the data’s first of the panels a link names first, whatever the link’s order', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const queryClient = createTestQueryClient();
    await prefetchFirstScreen(queryClient, 'en', ['materials', 'nev'], BUNDLED_DATASET);
    await Promise.all(queryClient.getQueryCache().getAll().map((query) => query.promise));
    const priorities = Object.fromEntries(fetchSpy.mock.calls.map(([url, init]) => [String(url).replace(/^.*\/api\/v1\//, ''), init?.priority]));
    expect(priorities).toMatchObject({ 'series?domain=nev&lang=en': 'auto', 'series?domain=materials&lang=en': 'low' });
    expect(Object.keys(priorities).filter((url) => url.includes('macro') || url.includes('electronics'))).toEqual([]);
  });

  it('asks for a made-up dataset’s first panel, whatever its id', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ domains: [{ id: 'water', title: 'Water', summary: '' }] })));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await prefetchFirstScreen(createTestQueryClient(), 'en', null, BUNDLED_DATASET);
    expect(fetchSpy.mock.calls.map(([url]) => String(url))).toEqual(expect.arrayContaining([expect.stringContaining('series?domain=water')]));
  });

  it('settles, never rejects, when the first panel’s data fails', async () => {
    server.use(http.get('*/api/v1/series', () => HttpResponse.json({ error: { code: 'not_found', message: 'gone' } }, { status: 404 })));
    await expect(prefetchFirstScreen(createTestQueryClient(), 'en', ['nev'], BUNDLED_DATASET)).resolves.toBeDefined();
    await expect(prefetchFirstScreen(createTestQueryClient(), 'en', null, BUNDLED_DATASET)).resolves.toBeDefined();
  });

  it('settles when /domains fails', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })));
    await expect(prefetchFirstScreen(createTestQueryClient(), 'en', null, BUNDLED_DATASET)).resolves.toBeDefined();
  });
});
