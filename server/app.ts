// The real HTTP server for the API contract: Hono over the route table the MSW handlers and the
// embedded build answer from (mocks/api/respond.ts), so they cannot drift; the datasets are the
// store's (server/datasets.ts).
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { API_PREFIX, apiPaths } from '../src/api/contract';
import { answer, datasetsAnswer, readDatasetName, unknownDataset, type ApiResult } from '../mocks/api/respond';
import { READ_METHODS, readOnlyCors } from './cors';
import type { Datasets } from './datasets';
import { CACHE_CONTROL, etagOf, etagOfBody, matchesEtag } from './http-cache';
import { openApiRoutes } from './openapi/openapi-routes';
import { publishRoutes } from './publish/publish-route';
import type { Store } from './store/store';

export interface ServerOptions {
  /** Origins allowed to read the API from a browser; any origin when absent or empty. Writes: none. */
  corsOrigins?: string[];
  /** Structured request log sink; one JSON object per request. */
  log?: (entry: Record<string, unknown>) => void;
  /** The datasets it serves (storeDatasets over the store). */
  datasets: Datasets;
  /** Publishing (PUT): off unless both a store and a bearer token are given. */
  publish?: { store?: Store; token?: string; maxBytes?: number };
}

/** The largest package taken by PUT unless MAX_UPLOAD_BYTES says otherwise. */
const DEFAULT_MAX_UPLOAD_BYTES = 50_000_000;

/** Longer query strings than any real request are refused before parsing. */
export const MAX_URL_LENGTH = 2048;
const error = (code: 'bad_request' | 'not_found' | 'method_not_allowed' | 'internal' | 'uri_too_long' | 'unavailable', message: string) => ({ error: { code, message } });

/** The read endpoints, each answered from one dataset. */
const READ_PATHS = Object.values(apiPaths).filter((path) => path !== apiPaths.datasets);

const json = (c: Context, result: ApiResult<unknown>) => c.json(result.body as Record<string, unknown>, result.status);

export function createApp({ corsOrigins = [], log = () => undefined, datasets, publish = {} }: ServerOptions) {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log({ time: new Date().toISOString(), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 });
  });
  app.use('*', readOnlyCors(corsOrigins));
  app.use('*', compress());
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) return c.json(error('uri_too_long', `The request URL is longer than ${MAX_URL_LENGTH} characters.`), 414);
    await next();
  });

  app.get('/health', (c) => c.json({ status: 'ok', api: API_PREFIX, uptimeSeconds: Math.round(process.uptime()) }));

  // The store failing is the store's trouble, not the request's: 503, so a client or a balancer tries again.
  const fromStore = async <T>(c: Context, ask: () => Promise<T>): Promise<{ value: T } | { response: Response }> => {
    try {
      return { value: await ask() };
    } catch (cause) {
      log({ time: new Date().toISOString(), level: 'error', path: c.req.path, error: String(cause) });
      return { response: c.json(error('unavailable', 'The dataset store cannot be reached; try again shortly.'), 503) };
    }
  };

  app.get(apiPaths.datasets, async (c) => {
    const listed = await fromStore(c, () => datasets.list());
    if ('response' in listed) return listed.response;
    const body = JSON.stringify(datasetsAnswer(listed.value).body);
    const tag = etagOfBody(body);
    c.header('ETag', tag);
    c.header('Cache-Control', CACHE_CONTROL);
    if (matchesEtag(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });

  // Each request is answered from its dataset's current version; the ETag names that version and
  // the request, so it is known before the answer is made (server/http-cache.ts): one version and
  // one request always give the same answer, and only a 200 is given a tag to send back.
  for (const path of READ_PATHS) {
    app.get(path, async (c) => {
      const query = new URL(c.req.url).searchParams;
      const asked = readDatasetName(query, datasets.defaultName);
      if ('error' in asked) return json(c, asked.error);
      const found = await fromStore(c, () => datasets.apiFor(asked.name));
      if ('response' in found) return found.response;
      if (!found.value) {
        const listed = await fromStore(c, () => datasets.list());
        return 'response' in listed ? listed.response : json(c, unknownDataset(asked.name, listed.value.map((dataset) => dataset.name)));
      }
      const tag = etagOf(found.value.record.checksum, path, query, asked.name);
      if (matchesEtag(c.req.header('If-None-Match'), tag)) {
        c.header('ETag', tag);
        c.header('Cache-Control', CACHE_CONTROL);
        return c.body(null, 304);
      }
      const result = answer(found.value.routes, path, query);
      if (result.status === 200) {
        c.header('ETag', tag);
        c.header('Cache-Control', CACHE_CONTROL);
      }
      return json(c, result);
    });
  }

  app.route('/', openApiRoutes());
  app.route('/', publishRoutes({ ...publish, maxBytes: publish.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES, defaultDataset: datasets.defaultName, log }));

  // Other methods are refused, saying which are allowed: the read paths are read-only, and a
  // dataset is published with PUT (registered before these, which only catch what is left).
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], Object.values(apiPaths), (c) => {
    c.header('Allow', READ_METHODS.join(', '));
    return c.json(error('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}: it is read-only.`), 405);
  });
  app.on(['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'], `${apiPaths.datasets}/:name`, (c) => {
    c.header('Allow', 'PUT');
    return c.json(error('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}: a dataset is published with PUT.`), 405);
  });

  app.notFound((c) => c.json(error('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));
  // Never a stack trace to the client; the log keeps the detail.
  app.onError((cause, c) => {
    log({ time: new Date().toISOString(), level: 'error', path: c.req.path, error: String(cause) });
    return c.json(error('internal', 'The server failed to answer this request.'), 500);
  });
  return app;
}
