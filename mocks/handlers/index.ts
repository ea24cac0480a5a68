// The MSW handler for the API: a thin adapter from HTTP to the route table of
// mocks/api/respond.ts. The dev server's browser worker and msw/node share it.
import { delay, http, HttpResponse } from 'msw';
import type { DatasetInfo } from '../../src/api/contract';
import { bundledApi, bundledInfo } from '../api/bundled';
import { answer, singleDatasetRoutes, type Api } from '../api/respond';

export interface HandlerOptions {
  /** Latency added to every answer, so loading states can be seen in development. */
  delayMs?: number;
  /** The dataset's API: the bundled one unless the benchmark serves its scale dataset. */
  api?: Api;
  /** How `/datasets` lists the dataset `api` serves (its name is the one `?dataset=` takes): the bundled one's by default. */
  info?: DatasetInfo;
  /** Endpoints (`series`, `facts`, ...) that answer 500, so error states can be seen by hand. */
  faults?: readonly string[];
}

/**
 * Requests to /api/ at the root of any origin. Not '*\/api/*': that also caught the dev server's
 * own modules under src/api/, which a Web Worker started after MSW (the dataset worker) then got
 * as 404 answers from the mock API.
 */
const API_REQUEST = /^https?:\/\/[^/]+\/api\//;

export function createHandlers({ delayMs = 0, api = bundledApi, info = bundledInfo, faults = [] }: HandlerOptions = {}) {
  const routes = singleDatasetRoutes(api, () => info);
  return [
    http.all(API_REQUEST, async ({ request }) => {
      if (delayMs > 0) await delay(delayMs);
      const { pathname, searchParams } = new URL(request.url);
      const path = pathname.slice(pathname.indexOf('/api/'));
      if (faults.includes(path.split('/').pop() ?? '')) {
        return HttpResponse.json({ error: { code: 'internal', message: `Fault injected on ${path}.` } }, { status: 500 });
      }
      const { status, body } =
        request.method === 'GET' ? answer(routes, path, searchParams) : { status: 404, body: { error: { code: 'not_found', message: `No route ${request.method} ${path}.` } } };
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  ];
}

export const handlers = createHandlers();
