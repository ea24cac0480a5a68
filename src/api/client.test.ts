// The client returns parsed data or throws an ApiError of the right kind, whichever transport
// brings the answer: HTTP (msw/node here) or the mock API called in the page. A malformed or
// failing answer never reaches a chart.
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerInPage } from '../../mocks/in-page';
import { server } from '../../mocks/node';
import { ApiError } from './api-error';
import { configureApiClient, fetchDomains, fetchFacts, fetchIndicators, fetchSeries, httpTransport, inPageTransport, type AnswerInPage } from './client';

const catchError = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
};

const inPage = (answer: AnswerInPage) => configureApiClient({ transport: inPageTransport(() => Promise.resolve(answer)) });

afterEach(() => {
  server.events.removeAllListeners();
  vi.restoreAllMocks();
});

describe('API client over HTTP', () => {
  it('returns parsed data', async () => {
    const { domains } = await fetchDomains('en');
    expect(domains).toHaveLength(4);
  });

  it('accepts a /domains answer without its years, as the earlier v1 contract sends it', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ domains: [] })));
    expect(await fetchDomains('en')).toEqual({ domains: [] });
  });

  it('turns a schema violation into a typed schema error naming the field', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ domains: [{ id: 'Mars!', title: 1 }] })));
    const error = await catchError(fetchDomains('en'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('schema');
    expect(error.detail).toMatch(/domains\.0\.id/);
  });

  it('takes any panel id and any unit the data has, with its short form and decimals', async () => {
    server.use(
      http.get('*/api/v1/indicators', () =>
        HttpResponse.json({ indicators: [{ id: 'coal_output', domain: 'energy-2', title: 'Coal', unit: 'tonnes', shortUnit: 't', decimals: 1, description: '', sourceIds: ['E1'] }] }),
      ),
    );
    expect((await fetchIndicators('energy-2', 'en')).indicators[0]).toMatchObject({ domain: 'energy-2', unit: 'tonnes', shortUnit: 't', decimals: 1 });
  });

  it('takes an indicator without a unit: a lone CSV of figures gives none', async () => {
    server.use(http.get('*/api/v1/indicators', () => HttpResponse.json({ indicators: [{ id: 'steel_output', domain: 'data', title: 'steel_output', unit: '', description: '', sourceIds: ['Y'] }] })));
    expect((await fetchIndicators('data', 'en')).indicators[0]?.unit).toBe('');
  });

  it.each([
    ['decimals past 6', { decimals: 7 }],
    ['decimals that are not whole', { decimals: 1.5 }],
    ['an empty short unit', { shortUnit: '' }],
    ['a panel id with a capital', { domain: 'Energy' }],
  ])('refuses an indicator with %s', async (_what, change) => {
    const indicator = { id: 'coal_output', domain: 'energy', title: 'Coal', unit: 'tonnes', description: '', sourceIds: ['E1'], ...change };
    server.use(http.get('*/api/v1/indicators', () => HttpResponse.json({ indicators: [indicator] })));
    expect((await catchError(fetchIndicators('energy', 'en'))).kind).toBe('schema');
  });

  it('turns malformed JSON into a schema error', async () => {
    server.use(http.get('*/api/v1/domains', () => new HttpResponse('{"domains": [', { headers: { 'Content-Type': 'application/json' } })));
    expect((await catchError(fetchDomains('en'))).kind).toBe('schema');
  });

  it('keeps the server’s message for an HTTP error and marks 4xx as not retryable', async () => {
    const error = await catchError(fetchSeries({ indicators: ['nope'], lang: 'en' }));
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(error.message).toMatch(/Unknown indicator/);
    expect(error.isRetryable).toBe(false);
  });

  it('never retries when its own code is missing: only a reload brings it back', () => {
    expect(new ApiError('code', '/api/v1/domains', 'The code that checks the data could not be loaded.').isRetryable).toBe(false);
    expect(new ApiError('network', '/api/v1/domains', 'The server could not be reached.').isRetryable).toBe(true);
  });

  it('marks a 500 as retryable', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })));
    const error = await catchError(fetchDomains('en'));
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'boom' });
    expect(error.isRetryable).toBe(true);
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/api/v1/domains', () => HttpResponse.error()));
    expect((await catchError(fetchDomains('en'))).kind).toBe('network');
  });

  it('gives up on a server slower than the timeout', async () => {
    configureApiClient({ timeoutMs: 50 });
    server.use(
      http.get('*/api/v1/domains', async () => {
        await delay(500);
        return HttpResponse.json({ domains: [], years: { min: 2019, max: 2025 } });
      }),
    );
    expect((await catchError(fetchDomains('en'))).kind).toBe('timeout');
  });

  it('calls the configured base URL, writing only the given parameters', async () => {
    configureApiClient({ transport: httpTransport('http://api.example.test') });
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(request.url));
    server.use(http.get('http://api.example.test/api/v1/domains', () => HttpResponse.json({ domains: [], years: { min: 2019, max: 2025 } })));
    expect(await fetchDomains('en')).toEqual({ domains: [], years: { min: 2019, max: 2025 } });
    await fetchSeries({ domain: 'nev', lang: 'fr' });
    expect(asked).toEqual(['http://api.example.test/api/v1/domains?lang=en', 'http://api.example.test/api/v1/series?domain=nev&lang=fr']);
  });

  it('sends a low-priority request once the page is idle', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const facts = fetchFacts('nev', 'en');
    await fetchDomains('en');
    expect(fetchSpy.mock.calls.map(([url]) => String(url))).toEqual(['/api/v1/domains?lang=en']);
    idle.forEach((callback) => callback());
    await facts;
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });

  it('reports a body cut short by the time limit as a timeout, not as a body of the wrong shape', async () => {
    configureApiClient({ timeoutMs: 50 });
    // Headers came, then the body stalled: reading it ends when the time limit aborts it.
    vi.spyOn(globalThis, 'fetch').mockImplementation((_url, init) => {
      const signal = init?.signal as AbortSignal;
      const json = () => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      return Promise.resolve({ ok: true, status: 200, json } as unknown as Response);
    });
    expect((await catchError(fetchDomains('en'))).kind).toBe('timeout');
  });

  it('asks for what the first chart never needs at low fetch priority', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await fetchFacts('nev', 'en');
    await fetchDomains('en');
    expect(fetchSpy.mock.calls.map(([, init]) => init?.priority)).toEqual(['low', 'auto']);
  });
});

describe('API client answering in the page', () => {
  it('answers from the mock API’s route table, with no request on the network', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(request.url));
    inPage(answerInPage);
    const { domains } = await fetchDomains('fr');
    expect(domains.map((domain) => domain.id)).toEqual(['macro', 'nev', 'electronics', 'materials']);
    const { series } = await fetchSeries({ domain: 'nev', from: 2022, to: 2023, lang: 'en' });
    expect(series.flatMap((s) => s.points.map((p) => p.period.slice(0, 4)))).not.toContain('2021');
    expect(asked).toEqual([]);
  });

  it('loads the mock API once, on first use', async () => {
    const load = vi.fn(() => Promise.resolve(answerInPage));
    configureApiClient({ transport: inPageTransport(load) });
    expect(load).not.toHaveBeenCalled();
    await Promise.all([fetchDomains('en'), fetchDomains('fr')]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the mock API’s message for an error answer', async () => {
    inPage(answerInPage);
    const error = await catchError(fetchSeries({ indicators: ['nope'], lang: 'en' }));
    expect(error).toMatchObject({ kind: 'http', status: 400, message: expect.stringMatching(/Unknown indicator/) });
  });

  it('checks an in-page answer with the same schemas as an HTTP one', async () => {
    inPage(() => ({ status: 200, body: { domains: [{ id: 'Mars!', title: 1 }] } }));
    const error = await catchError(fetchDomains('en'));
    expect(error).toMatchObject({ kind: 'schema', detail: expect.stringMatching(/domains\.0\.id/) });
  });

  it('says to reload when the embedded data cannot be loaded', async () => {
    configureApiClient({ transport: inPageTransport(() => Promise.reject(new Error('chunk failed'))) });
    const error = await catchError(fetchDomains('en'));
    expect(error).toMatchObject({ kind: 'code', isRetryable: false });
  });

  it('gives up when the embedded data never comes, as with a server that never answers', async () => {
    configureApiClient({ transport: inPageTransport(() => new Promise(() => undefined)), timeoutMs: 50 });
    expect((await catchError(fetchDomains('en'))).kind).toBe('timeout');
  });

  it('says to reload when the embedded data fails to answer', async () => {
    inPage(() => {
      throw new Error('broken dataset');
    });
    expect(await catchError(fetchDomains('en'))).toMatchObject({ kind: 'code', detail: expect.stringMatching(/broken dataset/) });
  });

  it('answers a low-priority request after the work already queued', async () => {
    const answered: string[] = [];
    const transport = inPageTransport(() =>
      Promise.resolve((path: string) => {
        answered.push(path);
        return { status: 200, body: {} };
      }),
    );
    const init = (priority: RequestPriority) => ({ signal: new AbortController().signal, priority });
    await transport('/loaded', new URLSearchParams(), init('auto'));
    const low = transport('/low', new URLSearchParams(), init('low'));
    const auto = transport('/auto', new URLSearchParams(), init('auto'));
    setTimeout(() => answered.push('queued task'), 0);
    await Promise.all([low, auto]);
    expect(answered).toEqual(['/loaded', '/auto', 'queued task', '/low']);
  });
});
