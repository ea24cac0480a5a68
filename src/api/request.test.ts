// boot.ts's early requests (real API build): the client takes each answer once, for the URL it
// would have asked for, instead of asking the server again; a failed early request is asked
// again, a timed-out one is not.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { ApiError } from './api-error';
import { configureApiClient, fetchDomains, fetchIndicators, fetchSeries } from './client';
import { requestUrl, startFirstScreenRequests, takeEarlyResponse } from './request';

const BASE = 'http://api.example.test';

/** Counts the server's hits by path and query, answering from the bundled handlers. */
function countHits() {
  const hits: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    hits.push(`${url.pathname}${url.search}`);
  });
  return hits;
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.restoreAllMocks();
});

describe('early requests', () => {
  it('writes a URL the same way for boot.ts and the client: given params only, in order', () => {
    expect(requestUrl(BASE, '/api/v1/series', { indicators: undefined, domain: 'nev', from: undefined, lang: 'fr' })).toBe(`${BASE}/api/v1/series?domain=nev&lang=fr`);
    expect(requestUrl('', '/api/v1/sources', {})).toBe('/api/v1/sources');
  });

  it('asks for the titles and the leading panel’s indicators and series, which the client then takes without asking again', async () => {
    configureApiClient({ baseUrl: BASE });
    const hits = countHits();
    startFirstScreenRequests(BASE, 'fr', 'nev');
    const [domains, indicators, series] = await Promise.all([fetchDomains('fr'), fetchIndicators('nev', 'fr'), fetchSeries({ domain: 'nev', lang: 'fr' })]);
    expect(domains.domains).toHaveLength(4);
    expect(indicators.indicators.length).toBeGreaterThan(0);
    expect(series.series.length).toBeGreaterThan(0);
    const early = hits.filter((hit) => hit.startsWith('/api/'));
    expect(early.sort()).toEqual(['/api/v1/domains?lang=fr', '/api/v1/indicators?domain=nev&lang=fr', '/api/v1/series?domain=nev&lang=fr']);
    // Taken once: a refetch asks the server.
    await fetchDomains('fr');
    expect(hits.filter((hit) => hit === '/api/v1/domains?lang=fr')).toHaveLength(2);
  });

  it('leaves the client to ask for anything else, and asks only for the titles when no panel is shown', () => {
    startFirstScreenRequests(BASE, 'en', undefined);
    expect(takeEarlyResponse(`${BASE}/api/v1/indicators?domain=macro&lang=en`)).toBeUndefined();
    expect(takeEarlyResponse(`${BASE}/api/v1/domains?lang=en`)).toBeDefined();
  });

  it('asks again when the early request failed, and gives the answer', async () => {
    configureApiClient({ baseUrl: BASE });
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/domains`, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ domains: [] });
      }),
    );
    startFirstScreenRequests(BASE, 'en', undefined);
    expect(await fetchDomains('en')).toEqual({ domains: [] });
    expect(calls).toBe(2);
  });

  it('does not ask again after an early request timed out: it says so', async () => {
    configureApiClient({ baseUrl: BASE });
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new DOMException('The operation timed out.', 'TimeoutError'));
    startFirstScreenRequests(BASE, 'en', undefined);
    const error = await fetchDomains('en').then(
      () => undefined,
      (cause: unknown) => cause as ApiError,
    );
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(globalThis.fetch).toHaveBeenCalledTimes(1);
  });
});
