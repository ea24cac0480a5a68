// @vitest-environment node
// Which store the environment picks, and where DuckDB keeps its file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUCKDB_PATH, openStore } from './open-store';

describe('openStore', () => {
  it('opens DuckDB at DUCKDB_PATH, making its folder', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'open-store-')), 'nested', 'folder', 'datasets.duckdb');
    const store = await openStore({ DUCKDB_PATH: path });
    try {
      expect(store.kind).toBe('duckdb');
      expect(await store.list()).toEqual([]);
      expect(existsSync(path)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('keeps the file under the project’s git-ignored .data/ when DUCKDB_PATH does not say', () => {
    expect(DEFAULT_DUCKDB_PATH).toBe(join(process.cwd(), '.data', 'datasets.duckdb'));
  });

  it('says so when another process holds the file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'open-store-')), 'datasets.duckdb');
    // DuckDB's lock is taken per process: another process holds the file, as a running server does.
    const holder = execFile(process.execPath, ['-e', `require('@duckdb/node-api').DuckDBInstance.create(${JSON.stringify(path)}).then(() => { console.log('open'); setTimeout(() => {}, 30000); })`]);
    await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
    try {
      await expect(openStore({ DUCKDB_PATH: path })).rejects.toThrow(/is open in another process .*: stop that process first, or publish to the running server over HTTP \(PUT/);
    } finally {
      holder.kill();
    }
  });
});
