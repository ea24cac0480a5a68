// The contract's two faces on the server: the OpenAPI document, and its reference page with the
// page's stylesheet. Built once: both change only with a release.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { openApiDocument, OPENAPI_PATH, REFERENCE_PAGE_PATH } from './openapi-document';
import { referencePage } from './reference-page';

export const REFERENCE_STYLESHEET_PATH = `${REFERENCE_PAGE_PATH}/reference.css`;

/** The page loads nothing but its own stylesheet, runs no script, and may not be framed. */
export const REFERENCE_PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function openApiRoutes() {
  const document = openApiDocument();
  const page = referencePage(document, REFERENCE_STYLESHEET_PATH, OPENAPI_PATH);
  const stylesheet = readFileSync(new URL('./reference-page.css', import.meta.url), 'utf8');
  const routes = new Hono();
  routes.get(OPENAPI_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(document);
  });
  routes.get(REFERENCE_PAGE_PATH, (c) => {
    c.header('Content-Security-Policy', REFERENCE_PAGE_POLICY);
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(page);
  });
  routes.get(REFERENCE_STYLESHEET_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  return routes;
}
