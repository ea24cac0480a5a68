// `npm run api`: serves the API on 127.0.0.1:$PORT (default 8787) with structured JSON logs on
// stdout, and stops cleanly on SIGTERM or SIGINT (open connections finish first).
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { parseCorsOrigins } from './cors';

const port = Number(process.env.PORT ?? 8787);
// Loopback by default; HOST=0.0.0.0 serves other machines (a container, a team server).
const hostname = process.env.HOST ?? '127.0.0.1';
// Any origin may read (the answers carry no credentials); CORS_ORIGINS narrows that to a list.
const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS);
const log = (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(entry)}\n`);

const app = createApp({ corsOrigins, log: process.env.API_LOG === 'off' ? undefined : log });
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  log({ time: new Date().toISOString(), level: 'info', message: `API listening on http://${hostname}:${info.port}`, corsOrigins: corsOrigins.length > 0 ? corsOrigins : '*' });
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log({ time: new Date().toISOString(), level: 'info', message: `${signal}: shutting down` });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref(); // do not hang on a keep-alive client
  });
}
