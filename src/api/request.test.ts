// boot.ts's early requests: the client takes each answer once, for the URL it would have asked
// for, instead of asking the server again; a failed early request is asked again, a timed-out
// one is not. With the embedded mock API, early answers come from its handlers in the page and
// are taken before the worker has started.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { ApiError } from './api-error';
import { configureApiClient, fetchDomains, fetchIndicators, fetchSeries } from './client';
import { firstScreenUrls, requestUrl, startFirstScreenRequests, takeEarlyResponse } from './request';

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
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ domains: [], years: { min: 2019, max: 2025 } });
      }),
    );
    startFirstScreenRequests(BASE, 'en', undefined);
    expect(await fetchDomains('en')).toEqual({ domains: [], years: { min: 2019, max: 2025 } });
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

  it('sends through the way it is given, and the client takes those answers before the mock API’s worker has started', async () => {
    let startWorker: (value?: unknown) => void = () => undefined;
    configureApiClient({ ready: new Promise((resolve) => (startWorker = resolve)) });
    const sent: string[] = [];
    const inPage = (url: string) => {
      sent.push(url);
      return Promise.resolve(Response.json({ domains: [], years: { min: 2019, max: 2025 } }));
    };
    startFirstScreenRequests('', 'en', undefined, inPage);
    expect(sent).toEqual(['/api/v1/domains?lang=en']);
    // Answered while the worker is still starting.
    expect(await fetchDomains('en')).toEqual({ domains: [], years: { min: 2019, max: 2025 } });
    // Anything else waits for the worker.
    let indicators: unknown;
    const pending = fetchIndicators('nev', 'en').then((answer) => (indicators = answer));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(indicators).toBeUndefined();
    startWorker();
    await pending;
    expect(indicators).toMatchObject({ indicators: expect.any(Array) });
  });

  it('asks through the worker, once started, when an in-page answer failed', async () => {
    let startWorker: (value?: unknown) => void = () => undefined;
    configureApiClient({ ready: new Promise((resolve) => (startWorker = resolve)) });
    const hits = countHits();
    startFirstScreenRequests('', 'en', undefined, () => Promise.reject(new TypeError('handler threw')));
    const domains = fetchDomains('en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hits).toEqual([]);
    startWorker();
    expect((await domains).domains).toHaveLength(4);
    expect(hits).toEqual(['/api/v1/domains?lang=en']);
  });
});

describe('requests held back until the first screen is shown', () => {
  const heldBackClient = (onFailure?: () => void) => {
    let show: (value?: unknown) => void = () => undefined;
    const shown = new Promise((resolve) => (show = resolve));
    configureApiClient({ baseUrl: BASE, firstScreen: { urls: firstScreenUrls(BASE, 'en', 'nev'), shown, onFailure } });
    return () => show();
  };

  it('sends the first screen’s own requests at once and the others once it is shown', async () => {
    const show = heldBackClient();
    const hits = countHits();
    const first = await Promise.all([fetchDomains('en'), fetchIndicators('nev', 'en'), fetchSeries({ domain: 'nev', lang: 'en' })]);
    expect(first.map((answer) => Object.keys(answer)[0])).toEqual(['domains', 'indicators', 'series']);
    const other = fetchIndicators('macro', 'en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hits.some((hit) => hit.includes('domain=macro'))).toBe(false);
    show();
    expect((await other).indicators.length).toBeGreaterThan(0);
    expect(hits).toContain('/api/v1/indicators?domain=macro&lang=en');
  });

  it('takes boot.ts’s early answers without holding them, and asks again for a failed one at once', async () => {
    heldBackClient(); // never shown in this test
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/series`, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ series: [] });
      }),
    );
    startFirstScreenRequests(BASE, 'en', 'nev');
    const [domains, series] = await Promise.all([fetchDomains('en'), fetchSeries({ domain: 'nev', lang: 'en' })]);
    expect(domains.domains).toHaveLength(4);
    expect(series).toEqual({ series: [] });
    expect(calls).toBe(2);
  });

  it('says when one of the first screen’s requests failed (so the others need not wait), and not for another request', async () => {
    const failures: string[] = [];
    const show = heldBackClient(() => failures.push('first screen'));
    server.use(http.get(`${BASE}/api/v1/series`, () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })));
    await expect(fetchSeries({ domain: 'nev', lang: 'en' })).rejects.toMatchObject({ kind: 'http', status: 500 });
    expect(failures).toEqual(['first screen']);
    show();
    await expect(fetchSeries({ domain: 'macro', lang: 'en' })).rejects.toMatchObject({ kind: 'http' });
    expect(failures).toEqual(['first screen']);
  });
});
