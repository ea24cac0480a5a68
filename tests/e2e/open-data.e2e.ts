// Opening data in a real browser: no request carries a file (picked or dropped, in both builds),
// a bad file lists its problems and changes nothing, the download opens to the same dashboard,
// and an opened dataset is still there after a reload.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';
import { carrying, chartsDrawn, dashboardText, datasetParam, dropFiles, openInput, packageFiles, recordRequests, syntheticDrawn } from './open-data-helpers';

const browser = sharedBrowser();
const builds = { embedded: inject('baseUrl'), 'real API': inject('realApiAppUrl') };

const MARKER = 'Marker 7f3a9c';
const marked = packageFiles({ indicators: 8, entities: 2, months: 36, title: MARKER });
// What would betray the file if a request carried it: its title, ids, figures and file names.
const observations = marked.find((file) => file.name === 'observations.csv')?.buffer.toString() ?? '';
const NEEDLES = [MARKER, 'Marker%207f3a9c', 'syn_macro_001', 'region-02', 'observations.csv', observations.split('\n')[5]?.split(',')[3] ?? 'x'];

const openedTitle = (page: import('playwright-core').Page) => page.getByRole('button', { name: /^Data:/ }).textContent();

describe('open data', () => {
  for (const [build, url] of Object.entries(builds)) {
    it(`keeps the files on the machine: no request carries them (${build} build, picked and dropped)`, async () => {
      const { page, context, consoleErrors } = await openPage(browser());
      const requests = recordRequests(context);
      await page.goto(url);
      await chartsDrawn(page);
      await openInput(page).setInputFiles(marked);
      await page.waitForFunction(() => new URL(location.href).searchParams.has('dataset'), null, { timeout: 30_000 });
      await syntheticDrawn(page);
      expect(await openedTitle(page)).toContain(MARKER);
      const picked = datasetParam(page);

      await dropFiles(page, marked.map(({ name, buffer }) => ({ name, text: buffer.toString() })));
      await page.waitForFunction((before) => new URL(location.href).searchParams.get('dataset') !== before, picked, { timeout: 30_000 });
      await syntheticDrawn(page);
      const dropped = datasetParam(page);
      await page.reload();
      await syntheticDrawn(page);
      expect(datasetParam(page)).toBe(dropped);
      expect(await openedTitle(page)).toContain(MARKER);

      expect(requests.some((request) => request.url.includes('/assets/dataset-worker-'))).toBe(true); // the recorder sees the worker's code load
      expect(carrying(requests, NEEDLES).map((request) => request.url)).toEqual([]);
      // The check would have seen one: a request the test makes with the title in it is caught.
      await page.evaluate((title) => fetch(`/?probe=${encodeURIComponent(title)}`).catch(() => undefined), MARKER);
      await expect.poll(() => carrying(requests, NEEDLES).length).toBe(1);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it(`downloads the dataset shown as a data package (${build} build)`, async () => {
      const { page, context, consoleErrors } = await openPage(browser());
      await page.goto(url);
      await chartsDrawn(page);
      await page.getByRole('button', { name: /^Data:/ }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download this dataset (.zip)' }).click()]);
      expect(download.suggestedFilename()).toBe('chongqing-industry-2020-2025.zip');
      const path = artifactPath(`dataset-${build.replace(' ', '-')}.zip`);
      await download.saveAs(path);
      const names = Object.keys(unzipSync(new Uint8Array(readFileSync(path))));
      expect(names).toEqual(expect.arrayContaining(['datapackage.json', 'observations.csv', 'indicators.csv', 'sources.csv', 'facts.csv', 'translations.csv']));
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('opens its own download to the same dashboard: panels, indicators and figures', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(builds.embedded);
    await chartsDrawn(page);
    const before = await dashboardText(page);
    await page.getByRole('button', { name: /^Data:/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download this dataset (.zip)' }).click()]);
    const path = artifactPath('round-trip.zip');
    await download.saveAs(path);
    await openInput(page).setInputFiles(path);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('dataset'), null, { timeout: 30_000 });
    await chartsDrawn(page);
    expect(await openedTitle(page)).toContain('Chongqing industry');
    await expect.poll(() => dashboardText(page), { timeout: 20_000 }).toEqual(before);
    expect(before.join(' ')).toMatch(/1\.296M vehicles/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('exports an opened dataset’s charts and slides with its own figures and sources', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(builds.embedded);
    await chartsDrawn(page);
    await openInput(page).setInputFiles(marked);
    await syntheticDrawn(page);
    const figure = page.locator('[data-panel="macro"] figure').filter({ hasText: 'Synthetic macro series 1' }).first();
    await figure.getByRole('button', { name: /^Export/ }).click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV data (what the chart shows)' }).click()]);
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
    expect(csv).toMatch(/Synthetic macro series 1/);
    // The source column says where every figure comes from: the generator, synthetic.
    expect(csv).toMatch(/,reported,"\[SYNTHETIC\] bench\/generate-package\.ts \(synthetic, not real data\)"/);

    await figure.getByRole('button', { name: /^Add to deck/ }).click();
    await page.getByText(/Presentation deck \(1 slide\)/).click();
    const [pptx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click()]);
    const files = unzipSync(new Uint8Array(readFileSync((await pptx.path()) ?? '')));
    const slides = Object.entries(files).filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map(([, bytes]) => strFromU8(bytes));
    expect(slides.join('\n')).toMatch(/Synthetic macro series 1/);
    expect(slides.join('\n')).toContain(`Showing “${MARKER} (synthetic, not real data)”`); // the cover names the data
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lists a bad file’s problems with file, row and column, and leaves the dashboard as it was', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(builds.embedded);
    await chartsDrawn(page);
    const before = await dashboardText(page);
    const rows = Array.from({ length: 130 }, (_, index) => `gdp,${index % 2 === 0 ? '24' : '2024'},${index % 2 === 0 ? '1' : '"1,5"'},S1`);
    await openInput(page).setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(['indicator,period,value,source', ...rows].join('\n')) });
    const dialog = page.getByRole('alertdialog', { name: 'This data cannot be opened' });
    await dialog.waitFor();
    const items = await dialog.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(100);
    expect(items[0]).toBe('figures.csv, row 2, column period: expected a year (2024) or a month (2024-06); got "24"');
    expect(items[1]).toMatch(/^figures\.csv, row 3, column value: expected a number/);
    await expect.poll(() => dialog.getByTestId('problem-count').textContent()).toBe('130 problems in all; the first 100 are listed.');
    await page.screenshot({ path: artifactPath('open-data-problems-130-1440.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(datasetParam(page)).toBeNull();
    expect(await dashboardText(page)).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
