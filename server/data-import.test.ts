// @vitest-environment node
// `npm run data:import` as a person runs it, on a store in a temporary folder: what it prints, its
// exit code, and what the store holds afterwards.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from './store/duckdb-store';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const BUNDLED = 'chongqing-industry-2020-2025';

async function importPackage(path: string, duckdbPath: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/data-import.ts', path], { cwd: process.cwd(), env: { ...process.env, DUCKDB_PATH: duckdbPath } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function recordIn(duckdbPath: string, name: string) {
  const store = await openDuckDbStore(duckdbPath);
  try {
    return await store.get(name);
  } finally {
    await store.close();
  }
}

/** A copy of the bundled package to change. */
function copyOfBundled(): string {
  const folder = mkdtempSync(join(tmpdir(), 'data-import-package-'));
  cpSync('data', folder, { recursive: true });
  return folder;
}

describe('npm run data:import', () => {
  const duckdbPath = join(mkdtempSync(join(tmpdir(), 'data-import-')), 'datasets.duckdb');

  it('imports a good package and says what it imported', async () => {
    const { code, stdout } = await importPackage('data', duckdbPath);
    expect(code).toBe(0);
    const record = await recordIn(duckdbPath, BUNDLED);
    expect(stdout.split('\n')).toEqual([
      `${BUNDLED}: imported.`,
      `  store:        DuckDB file ${duckdbPath}`,
      `  title:        ${record?.title}`,
      '  version:      1.0.0',
      `  checksum:     ${record?.checksum}`,
      `  imported at:  ${record?.importedAt}`,
      expect.stringMatching(/^ {2}contents: {5}201 observations of \d+ indicators for 2 entities, in 4 panels, with \d+ facts and \d+ sources\.$/),
      '',
    ]);
    expect(record?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a bad package with the lines data:check prints, exits 1 and leaves the dataset as it was', async () => {
    const before = await recordIn(duckdbPath, BUNDLED);
    const broken = copyOfBundled();
    const observations = join(broken, 'observations.csv');
    writeFileSync(observations, readFileSync(observations, 'utf8').replace(/\n([^,\n]+),([^,\n]+),(\d{4}),/, '\n$1,$2,24,'));
    const { code, stdout } = await importPackage(broken, duckdbPath);
    expect(code).toBe(1);
    const { stdout: checked } = await run(TSX, ['scripts/data-check.ts', broken]).catch((error: { stdout: string }) => error);
    expect(stdout).toBe(checked);
    expect(stdout).toMatch(/observations\.csv, row 2, column period: expected a year/);
    expect(stdout).toMatch(/: 1 problem\. Nothing was loaded\.\n$/);
    expect(await recordIn(duckdbPath, BUNDLED)).toEqual(before);
  });

  it('replaces the dataset with a new version of the package, and says which it replaced', async () => {
    const newer = copyOfBundled();
    const descriptor = join(newer, 'datapackage.json');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace('"version": "1.0.0"', '"version": "1.1.0"'));
    const before = await recordIn(duckdbPath, BUNDLED);
    const { code, stdout } = await importPackage(newer, duckdbPath);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${BUNDLED}: imported, replacing version 1\\.0\\.0 \\(checksum ${before?.checksum.slice(0, 12)}…\\)\\.`));
    const after = await recordIn(duckdbPath, BUNDLED);
    expect(after?.version).toBe('1.1.0');
    expect(after?.checksum).not.toBe(before?.checksum);
  });

  it('refuses a package whose name cannot name a dataset', async () => {
    const folder = copyOfBundled();
    const descriptor = join(folder, 'datapackage.json');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace(`"name": "${BUNDLED}"`, '"name": "team/figures"'));
    const { code, stdout } = await importPackage(folder, duckdbPath);
    expect(code).toBe(1);
    expect(stdout).toMatch(/the package's name "team\/figures" cannot name a dataset.*Nothing was loaded\./);
  });

  it('says how to call it when no package is named, and exits 2', async () => {
    const { code, stderr } = await importPackage('', duckdbPath);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Usage: npm run data:import/);
  });
}, 120_000);
