// @vitest-environment node
// The worker's logic, called as the worker calls it: files in, progress and a verdict out, then
// the API's answers from the package it keeps, and the package written back as a .zip.
import { describe, expect, it } from 'vitest';
import { compileProfile } from '../scripts/profile-validator.mjs';
import type { FromWorker } from '../src/api/worker-protocol';
import { profileCheck } from '../src/data-package/profile-problems';
import { writePackage } from '../src/data-package/write-package';
import { bundledApi, bundledPackage } from './api/bundled';
import { createWorkerHost } from './worker-host';

const checkProfile = profileCheck(compileProfile());

function host() {
  const messages: FromWorker[] = [];
  const handle = createWorkerHost((message) => messages.push(message), checkProfile);
  const last = () => messages.at(-1);
  return { messages, handle, last };
}

const bundledFiles = () => [...writePackage(bundledPackage)].map(([name, text]) => ({ name, blob: new Blob([text]) }));

describe('the dataset worker', () => {
  it('reads a package with progress, then answers as the bundled API does', async () => {
    const { messages, handle, last } = host();
    await handle({ type: 'open', files: bundledFiles() });
    const progress = messages.filter((message) => message.type === 'progress').map((message) => message.done);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(last()).toMatchObject({ type: 'ready', summary: { name: bundledPackage.name, observations: bundledPackage.observations.length, panels: 4, years: { min: 2019, max: 2025 } } });
    for (const query of ['lang=fr', 'domain=nev&lang=zh']) {
      await handle({ type: 'request', id: 7, path: '/api/v1/series', query: query.includes('domain') ? query : `indicators=gdp&${query}` });
      const expected = bundledApi.getSeries(new URLSearchParams(query.includes('domain') ? query : `indicators=gdp&${query}`));
      expect(last()).toEqual({ type: 'answer', id: 7, status: 200, body: expected.body });
    }
    await handle({ type: 'request', id: 8, path: '/api/v1/nothing', query: '' });
    expect(last()).toMatchObject({ type: 'answer', id: 8, status: 404 });
  });

  it('lists the package it holds as its one dataset, and answers ?dataset= as every implementation does', async () => {
    const { handle, last } = host();
    await handle({ type: 'open', files: bundledFiles() });
    await handle({ type: 'request', id: 1, path: '/api/v1/datasets', query: '' });
    expect(last()).toEqual({ type: 'answer', id: 1, status: 200, body: { datasets: [{ name: bundledPackage.name, title: bundledPackage.title, version: bundledPackage.version, observations: bundledPackage.observations.length, isDefault: true }] } });
    await handle({ type: 'request', id: 2, path: '/api/v1/sources', query: 'dataset=nope' });
    expect(last()).toMatchObject({ type: 'answer', id: 2, status: 404, body: { error: { code: 'not_found' } } });
    await handle({ type: 'request', id: 3, path: '/api/v1/sources', query: `dataset=${bundledPackage.name}` });
    expect(last()).toMatchObject({ type: 'answer', id: 3, status: 200 });
  });

  it('lists the problems of a bad file with file, row and column, and keeps nothing', async () => {
    const { handle, last } = host();
    const csv = 'indicator,period,value,source\ngdp,2024,1.5,S1\ngdp,24,"1,5",S1\n';
    await handle({ type: 'open', files: [{ name: 'figures.csv', blob: new Blob([csv]) }] });
    expect(last()).toEqual({
      type: 'problems',
      count: 2,
      problems: [
        { file: 'figures.csv', row: 3, column: 'period', message: 'expected a year (2024) or a month (2024-06); got "24"' },
        expect.objectContaining({ file: 'figures.csv', row: 3, column: 'value' }),
      ],
    });
    await handle({ type: 'request', id: 1, path: '/api/v1/domains', query: '' });
    expect(last()).toMatchObject({ type: 'answer', id: 1, status: 404 });
  });

  it('writes the package as a .zip that opens to the same answers', async () => {
    const first = host();
    await first.handle({ type: 'open', files: bundledFiles() });
    await first.handle({ type: 'zip' });
    const zip = first.last();
    if (zip?.type !== 'zip') throw new Error(`expected a zip, got ${JSON.stringify(zip).slice(0, 200)}`);
    expect(zip.fileName).toBe(`${bundledPackage.name}.zip`);
    const second = host();
    await second.handle({ type: 'open', files: [{ name: zip.fileName, blob: new Blob([new Uint8Array(zip.bytes)]) }] });
    expect(second.last()).toMatchObject({ type: 'ready' });
    for (const path of ['/api/v1/domains', '/api/v1/indicators', '/api/v1/facts', '/api/v1/sources']) {
      await first.handle({ type: 'request', id: 1, path, query: 'lang=fr' });
      await second.handle({ type: 'request', id: 1, path, query: 'lang=fr' });
      expect(second.last()).toEqual(first.last());
    }
  });

  it('opens one long CSV of observations', async () => {
    const { handle, last } = host();
    await handle({ type: 'open', files: [{ name: 'Steel output.csv', blob: new Blob(['indicator,period,value,source\nsteel,2023,10.5,Yearbook\nsteel,2024,,Yearbook\n']) }] });
    expect(last()).toMatchObject({ type: 'ready', summary: { name: 'steel-output', observations: 2, indicators: 1, years: { min: 2023, max: 2024 } } });
  });
});
