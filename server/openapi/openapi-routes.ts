// The contract's two faces on the server: the OpenAPI document, and its reference page with the
// page's stylesheet. Built once: both change only with a release.
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { etagOfBody, matchesEtag } from '../http-cache';
import { openApiDocument, OPENAPI_PATH, REFERENCE_PAGE_PATH } from './openapi-document';
import { referencePage } from './reference-page';

const REFERENCE_STYLESHEET_PATH = `${REFERENCE_PAGE_PATH}/reference.css`;

/** The page loads nothing but its own stylesheet, runs no script, and may not be framed. */
export const REFERENCE_PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function openApiRoutes() {
  const document = openApiDocument();
  const page = referencePage(document, REFERENCE_STYLESHEET_PATH, OPENAPI_PATH);
  const stylesheet = readFileSync(new URL('./reference-page.css', import.meta.url), 'utf8');
  const documentText = JSON.stringify(document);
  const routes = new Hono();
  // Each is cached five minutes, then revalidated by its ETag: it changes only with a release.
  const send = (body: string, type: string) => {
    const tag = etagOfBody(body);
    return (c: Context) => {
      c.header('Cache-Control', 'public, max-age=300');
      c.header('ETag', tag);
      if (matchesEtag(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
      return c.body(body, 200, { 'Content-Type': type });
    };
  };
  routes.get(OPENAPI_PATH, send(documentText, 'application/json'));
  const sendPage = send(page, 'text/html; charset=utf-8');
  routes.get(REFERENCE_PAGE_PATH, (c) => {
    c.header('Content-Security-Policy', REFERENCE_PAGE_POLICY);
    return sendPage(c);
  });
  routes.get(REFERENCE_STYLESHEET_PATH, send(stylesheet, 'text/css; charset=utf-8'));
  return routes;
}
