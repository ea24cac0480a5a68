// @vitest-environment node
// `npm run data:check` as a person runs it: the exit code and the lines it prints.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

async function check(path: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, ['scripts/data-check.ts', path], { cwd: process.cwd() });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run data:check', () => {
  it('says the bundled package is good', async () => {
    const { code, stdout } = await check('data');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^data: a good data package, "Chongqing industry.*": \d+ observations of \d+ indicators for 2 entities, in 4 panels/);
  });

  it('lists every problem with its file, row and column, and exits 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-check-'));
    writeFileSync(join(folder, 'figures.csv'), 'indicator,period,value,source\nsteel,2024,12.5,Yearbook\nsteel,24,"1,2",Yearbook\n');
    const { code, stdout } = await check(join(folder, 'figures.csv'));
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'figures.csv, row 3, column period: expected a year (2024) or a month (2024-06); got "24"',
      'figures.csv, row 3, column value: expected a number such as 1234.5, with a point for decimals and no thousands separators; got "1,2"',
      `${join(folder, 'figures.csv')}: 2 problems. Nothing was loaded.`,
      '',
    ]);
  });
}, 60_000);
