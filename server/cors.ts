// Cross-origin reads, never cross-origin writes. The read API carries no credentials, so any
// origin may read it (`*`) unless the server is given a list; a write (PUT) and its preflight get
// no CORS headers whatever the list says, so no page on another origin can publish a dataset
// with a visitor's browser.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** The origins CORS_ORIGINS names (comma-separated); none or `*` means any. */
export function parseCorsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  return origins.includes('*') ? [] : origins;
}

export function readOnlyCors(origins: readonly string[] = []): MiddlewareHandler {
  const readCors = cors({ origin: origins.length === 0 ? '*' : [...origins], allowMethods: READ_METHODS, maxAge: 600 });
  return async (c, next) => {
    const preflightFor = c.req.method === 'OPTIONS' ? c.req.header('Access-Control-Request-Method')?.toUpperCase() : undefined;
    const method = preflightFor ?? c.req.method;
    if (READ_METHODS.includes(method)) return readCors(c, next);
    // A preflight for a write is answered without any Access-Control-* header: the browser refuses it.
    if (preflightFor !== undefined) return c.body(null, 204);
    await next();
  };
}
