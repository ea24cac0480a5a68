// @vitest-environment node
// `npm run api` started as a person starts it, with a setting wrong or the port taken: it stops at
// once with exit code 1 and one log line saying what to do, never a stack trace.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

async function start(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string; duckdbPath: string }> {
  const duckdbPath = join(mkdtempSync(join(tmpdir(), 'api-main-')), 'datasets.duckdb');
  try {
    const { stdout, stderr } = await run(TSX, ['server/main.ts'], { env: { ...process.env, DUCKDB_PATH: duckdbPath, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr, duckdbPath };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, duckdbPath };
  }
}

const errorLines = (stdout: string) => stdout.split('\n').filter((line) => line.includes('"level":"error"'));

describe('npm run api', () => {
  it('refuses a PORT or MAX_UPLOAD_BYTES that is not a whole number, before opening the store', async () => {
    for (const [name, value, says] of [
      ['PORT', 'abc', 'PORT must be a whole number from 0 to 65535, got \\"abc\\".'],
      ['MAX_UPLOAD_BYTES', '5MB', 'MAX_UPLOAD_BYTES must be a whole number of at least 1, got \\"5MB\\".'],
    ] as const) {
      const started = await start({ [name]: value });
      expect(started.code).toBe(1);
      expect(errorLines(started.stdout)).toEqual([expect.stringContaining(says)]);
      expect(started.stderr).toBe('');
      expect(existsSync(started.duckdbPath)).toBe(false);
    }
  }, 60_000);

  it('says the port is in use, and what to do, when another process listens on it', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    try {
      const { port } = holder.address() as AddressInfo;
      const started = await start({ PORT: String(port), API_LOG: 'off' });
      expect(started.code).toBe(1);
      expect(errorLines(started.stdout)).toEqual([expect.stringContaining(`Port ${port} on 127.0.0.1 is in use`)]);
      expect(started.stdout).toContain('start this one with another PORT');
      expect(started.stderr).toBe('');
    } finally {
      holder.close();
    }
  }, 60_000);
});
