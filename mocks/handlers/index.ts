// MSW handlers for the v1 API: a thin adapter from HTTP to the plain functions in
// mocks/api/respond.ts. The browser worker and msw/node share this list.
import { delay, http, HttpResponse } from 'msw';
import { apiPaths, API_PREFIX } from '../../src/api/contract';
import { bundledApi, notFound, type Api, type ApiResult } from '../api/respond';

export interface HandlerOptions {
  /** Latency added to every answer, so loading states can be seen in development. */
  delayMs?: number;
  /** The dataset's API: the bundled one unless the benchmark serves its scale dataset. */
  api?: Api;
}

const toResponse = <T>(result: ApiResult<T>) => HttpResponse.json(result.body as Record<string, unknown>, { status: result.status });

export function createHandlers({ delayMs = 0, api = bundledApi }: HandlerOptions = {}) {
  const { getDomains, getIndicators, getSeries, getFacts, getSources } = api;
  const respond =
    <T>(fn: (query: URLSearchParams) => ApiResult<T>) =>
    async ({ request }: { request: Request }) => {
      if (delayMs > 0) await delay(delayMs);
      return toResponse(fn(new URL(request.url).searchParams));
    };
  return [
    http.get(`*${apiPaths.domains}`, respond(getDomains)),
    http.get(`*${apiPaths.indicators}`, respond(getIndicators)),
    http.get(`*${apiPaths.series}`, respond(getSeries)),
    http.get(`*${apiPaths.facts}`, respond(getFacts)),
    http.get(`*${apiPaths.sources}`, respond(getSources)),
    // Anything else under the API prefix is an unknown route, answered as a real server would.
    http.all(`*${API_PREFIX}/*`, ({ request }) => toResponse(notFound(`No route ${request.method} ${new URL(request.url).pathname}.`))),
    http.all(`*/api/*`, ({ request }) => toResponse(notFound(`No API version at ${new URL(request.url).pathname}; this server speaks ${API_PREFIX}.`))),
  ];
}

export const handlers = createHandlers();
