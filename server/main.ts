// `npm run api`: serves the API on 127.0.0.1:$PORT (default 8787) with structured JSON logs on
// stdout, and stops cleanly on SIGTERM or SIGINT (open connections finish first, then the store closes).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { parseCorsOrigins } from './cors';
import { importBundledIfMissing } from './bundled';
import { storeDatasets } from './datasets';
import { openStore } from './store/open-store';

const port = Number(process.env.PORT ?? 8787);
// Loopback by default; HOST=0.0.0.0 serves other machines (a container, a team server).
const hostname = process.env.HOST ?? '127.0.0.1';
// Any origin may read (the answers carry no credentials); CORS_ORIGINS narrows that to a list.
const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS);
const log = (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const info = (message: string, more: Record<string, unknown> = {}) => log({ time: new Date().toISOString(), level: 'info', message, ...more });

// A store that cannot open (DuckDB's file held by another process, say) stops the start with why, not a stack.
const store = await openStore(process.env).catch((cause: unknown) => {
  log({ time: new Date().toISOString(), level: 'error', message: cause instanceof Error ? cause.message : String(cause) });
  return process.exit(1);
});
const bundled = await importBundledIfMissing(store);
if (bundled.imported) info(`First start: imported the bundled dataset "${bundled.name}" into the ${store.kind} store`, { ...bundled.imported });
const defaultDataset = process.env.DEFAULT_DATASET || bundled.name;
if (!(await store.get(defaultDataset))) log({ time: new Date().toISOString(), level: 'warn', message: `The default dataset "${defaultDataset}" is not in the store: requests that name no dataset answer 404 until it is imported` });

const datasets = storeDatasets(store, defaultDataset);
// Built before listening, so the first request does not wait for the default dataset to be read.
await datasets.apiFor(defaultDataset);

// Publishing (PUT) needs API_TOKEN; the token itself is never logged.
const token = process.env.API_TOKEN || undefined;
const maxBytes = process.env.MAX_UPLOAD_BYTES ? Number(process.env.MAX_UPLOAD_BYTES) : undefined;
if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
  log({ time: new Date().toISOString(), level: 'error', message: `MAX_UPLOAD_BYTES must be a whole number of bytes, got "${process.env.MAX_UPLOAD_BYTES}"` });
  process.exit(1);
}
const app = createApp({ corsOrigins, log: process.env.API_LOG === 'off' ? undefined : log, datasets, publish: { store, token, maxBytes } });
const server = serve({ fetch: app.fetch, port, hostname }, (address) => {
  info(`API listening on http://${hostname}:${address.port}`, { corsOrigins: corsOrigins.length > 0 ? corsOrigins : '*', store: store.kind, defaultDataset, writes: token ? 'on (API_TOKEN set)' : 'off' });
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    info(`${signal}: shutting down`);
    server.close(() => void store.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref(); // do not hang on a keep-alive client
  });
}
