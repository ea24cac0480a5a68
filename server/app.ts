// The real HTTP server for the API contract: Hono over the route table the MSW handlers and the
// embedded build answer from (mocks/api/respond.ts), so they cannot drift.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { API_PREFIX, apiPaths } from '../src/api/contract';
import { routesOf, type Api } from '../mocks/api/respond';
import { bundledServerApi } from './bundled';
import { READ_METHODS, readOnlyCors } from './cors';
import { openApiRoutes } from './openapi/openapi-routes';

export interface ServerOptions {
  /** Origins allowed to read the API from a browser; any origin when absent or empty. Writes: none. */
  corsOrigins?: string[];
  /** Structured request log sink; one JSON object per request. */
  log?: (entry: Record<string, unknown>) => void;
  /** The dataset's API: the bundled package unless another is given. */
  api?: Api;
}

/** Longer query strings than any real request are refused before parsing. */
export const MAX_URL_LENGTH = 2048;
const error = (code: 'bad_request' | 'not_found' | 'method_not_allowed' | 'internal' | 'uri_too_long', message: string) => ({ error: { code, message } });

export function createApp({ corsOrigins = [], log = () => undefined, api = bundledServerApi() }: ServerOptions = {}) {
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

  // The data only changes with a release: let caches keep it five minutes, then revalidate by ETag.
  app.use(`${API_PREFIX}/*`, etag());
  for (const [path, route] of routesOf(api)) {
    app.get(path, (c) => {
      const result = route(new URL(c.req.url).searchParams);
      if (result.status === 200) c.header('Cache-Control', 'public, max-age=300');
      return c.json(result.body as Record<string, unknown>, result.status);
    });
  }

  app.route('/', openApiRoutes());

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
