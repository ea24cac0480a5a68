// `npm run api`: serves the API on 127.0.0.1:$PORT (default 8787) with structured JSON logs on
// stdout, and stops cleanly on SIGTERM or SIGINT (open connections finish first, then the store closes).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { parseCorsOrigins } from './cors';
import { importBundledIfMissing } from './bundled';
import { storeDatasets } from './datasets';
import { wholeNumberSetting } from './settings';
import { openStore } from './store/open-store';

const log = (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const info = (message: string, more: Record<string, unknown> = {}) => log({ time: new Date().toISOString(), level: 'info', message, ...more });
const fail = (message: string): never => {
  log({ time: new Date().toISOString(), level: 'error', message });
  return process.exit(1);
};
const settingOf = (setting: { value?: number } | { problem: string }) => ('problem' in setting ? fail(setting.problem) : setting.value);

const port = settingOf(wholeNumberSetting(process.env, 'PORT', { min: 0, max: 65_535 })) ?? 8787;
// The largest .zip a PUT takes; the app's default when unset.
const maxBytes = settingOf(wholeNumberSetting(process.env, 'MAX_UPLOAD_BYTES', { min: 1 }));
// Loopback by default; HOST=0.0.0.0 serves other machines (a container, a team server).
const hostname = process.env.HOST || '127.0.0.1';
// Any origin may read (the answers carry no credentials); CORS_ORIGINS narrows that to a list.
const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS);

// A store that cannot open (DuckDB's file held by another process, say) stops the start with why, not a stack.
const store = await openStore(process.env).catch((cause: unknown) => fail(cause instanceof Error ? cause.message : String(cause)));
const bundled = await importBundledIfMissing(store);
if (bundled.imported) info(`First start: imported the bundled dataset "${bundled.name}" into the ${store.kind} store`, { ...bundled.imported });
const defaultDataset = process.env.DEFAULT_DATASET || bundled.name;
if (!(await store.get(defaultDataset))) log({ time: new Date().toISOString(), level: 'warn', message: `The default dataset "${defaultDataset}" is not in the store: requests that name no dataset answer 404 until it is imported` });

const datasets = storeDatasets(store, defaultDataset);
// Built before listening, so the first request does not wait for the default dataset to be read.
await datasets.apiFor(defaultDataset);

// Publishing (PUT) needs API_TOKEN; the token itself is never logged.
const token = process.env.API_TOKEN || undefined;
const app = createApp({ corsOrigins, log: process.env.API_LOG === 'off' ? undefined : log, datasets, publish: { store, token, maxBytes } });
const server = serve({ fetch: app.fetch, port, hostname }, (address) => {
  info(`API listening on http://${hostname}:${address.port}`, { corsOrigins: corsOrigins.length > 0 ? corsOrigins : '*', store: store.kind, defaultDataset, writes: token ? 'on (API_TOKEN set)' : 'off' });
});
// A port already taken (another server) stops the start with what to do, not an unhandled 'error' event.
server.on('error', (cause: NodeJS.ErrnoException) => {
  const message =
    cause.code === 'EADDRINUSE'
      ? `Port ${port} on ${hostname} is in use (another \`npm run api\`?): stop that process, or start this one with another PORT.`
      : `The server cannot listen on ${hostname}:${port}: ${cause.message}`;
  log({ time: new Date().toISOString(), level: 'error', message });
  void store.close().finally(() => process.exit(1));
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    info(`${signal}: shutting down`);
    server.close(() => void store.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref(); // do not hang on a keep-alive client
  });
}
