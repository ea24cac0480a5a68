// Serves the production build (dist/, built by `npm run test:e2e`) with `vite preview` on a
// free loopback port for the browser tests, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build on the embedded mock API. */
    baseUrl: string;
    /** The build made with VITE_API_BASE_URL pointing at the real server below. */
    realApiAppUrl: string;
    /** The real API server (npm run api), on the port that build was made for. */
    apiUrl: string;
  }
}

/** Fixed: the real-API build has this origin baked in (npm run build:real-api). */
const API_PORT = 18787;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** The environment without any VITE_ setting: a build must be served as built, whatever the preview is told. */
const withoutViteSettings = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITE_')));

const preview = (outDir: string, port: number) =>
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: withoutViteSettings(),
  });

export default async function setup(project: TestProject) {
  findChromium(); // fail early with the install hint
  for (const dir of ['dist', 'dist-real-api']) {
    if (!existsSync(`${dir}/index.html`)) throw new Error(`No build in ${dir}/: run \`npm run test:e2e\`, which builds both.`);
  }
  // Another server there would answer in ours' place, with its own CORS list and data.
  if (!(await isFree(API_PORT))) throw new Error(`Port ${API_PORT} is taken by another process: the real-API build calls that port, so the browser tests need it.`);
  const [port, realPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const realApiAppUrl = `http://127.0.0.1:${realPort}`;
  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  const children = [
    preview('dist', port),
    preview('dist-real-api', realPort),
    spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      // A store of its own: the bundled dataset as a first start imports it, whatever a developer's store holds.
      env: { ...process.env, PORT: String(API_PORT), CORS_ORIGINS: realApiAppUrl, API_LOG: 'off', DUCKDB_PATH: join(mkdtempSync(join(tmpdir(), 'e2e-api-')), 'datasets.duckdb') },
    }),
  ];
  const [app, realApp, api] = children as [ChildProcess, ChildProcess, ChildProcess];
  await Promise.all([waitForServer(baseUrl, app), waitForServer(realApiAppUrl, realApp), waitForServer(`${apiUrl}/health`, api)]);
  project.provide('baseUrl', baseUrl);
  project.provide('realApiAppUrl', realApiAppUrl);
  project.provide('apiUrl', apiUrl);
  return () => {
    for (const child of children) child.kill('SIGTERM');
  };
}
