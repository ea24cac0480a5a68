// Images ready to publish: a panel's image is composed for print (the same fixed width from a
// phone and from a wide screen, as a page screenshot never is), a chart's carries the texts a
// reader gave it, and both are kept in test-results/ and /tmp to look at in each language.
import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';
import { loadPng } from './png';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

type Words = { export: { button: string; kinds: Record<string, string>; texts: Record<string, string> } };
const words = (lang: string) => JSON.parse(readFileSync(`src/lib/locales/${lang}.json`, 'utf8')) as Words;

async function openDashboard(width: number, search: string) {
  const tracked = await openPage(browser(), { width, height: 1000 });
  await tracked.page.goto(`${baseUrl}/${search}`);
  await tracked.page.locator('[data-panel="nev"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
  return tracked;
}

async function download(page: Page, open: () => Promise<void>, item: string, saveAs: string) {
  await open();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item, exact: true }).click()]);
  const path = artifactPath(saveAs);
  await file.saveAs(path);
  copyFileSync(path, `/tmp/images-${saveAs}`);
  return loadPng(path);
}

const panelMenu = (page: Page, lang: string) => () => page.locator('[data-panel="nev"] > header').getByRole('button', { name: new RegExp(`^${words(lang).export.button}`) }).click();
const chartMenu = (page: Page, lang: string) => () => page.locator('[data-panel="nev"] figure').first().getByRole('button', { name: new RegExp(`^${words(lang).export.button}`) }).click();

describe('publication images', () => {
  for (const lang of ['en', 'fr', 'zh']) {
    it(`composes the panel image at the same size from 1440 and 390 px windows (${lang})`, async () => {
      const sizes: [number, number][] = [];
      for (const width of [1440, 390]) {
        const { page, context, consoleErrors } = await openDashboard(width, `?lang=${lang}&from=2020`);
        const png = await download(page, panelMenu(page, lang), words(lang).export.kinds['png-2x']!, `panel-nev-${lang}-${width}.png`);
        sizes.push([png.width, png.height]);
        // Ink in the header (title, filters) and near the bottom (sources, date, link), on a white ground.
        expect(png.pixel(1, 1)).toEqual([255, 255, 255, 255]);
        expect(png.inkShare({ x: 80, y: 80, width: 1200, height: 120 })).toBeGreaterThan(0.02);
        expect(png.inkShare({ x: 80, y: png.height - 160, width: 1600, height: 120 })).toBeGreaterThan(0.01);
        expect(consoleErrors).toEqual([]);
        await context.close();
      }
      expect(sizes[0]![0]).toBe(2400);
      expect(sizes[0]!).toEqual(sizes[1]);
      expect(sizes[0]![1]).toBeGreaterThan(2000);
    });
  }

  it('keeps a chart title and note edited in its menu in the link, the caption and the image', async () => {
    const { page, context, consoleErrors } = await openDashboard(1440, '?lang=en');
    const texts = words('en').export.texts;
    await chartMenu(page, 'en')();
    await page.getByRole('menuitem', { name: texts.menuItem }).click();
    const dialog = page.getByRole('dialog', { name: texts.dialogTitle });
    await dialog.getByLabel(texts.title!, { exact: true }).fill('Chongqing’s NEV output soars');
    await dialog.getByLabel(texts.note!, { exact: true }).fill('Chart: Jane Doe, The Daily Post');
    await page.screenshot({ path: '/tmp/images-dialog-en-1440.png' });
    await dialog.getByRole('button', { name: texts.save }).click();
    const figure = page.locator('[data-panel="nev"] figure').first();
    await figure.getByText('Chongqing’s NEV output soars').waitFor();
    await figure.getByText('Chart: Jane Doe, The Daily Post').waitFor();
    expect(new URL(page.url()).searchParams.get('nev-nev_production.title')).toBe('Chongqing’s NEV output soars');
    const png = await download(page, chartMenu(page, 'en'), 'PNG image (2x)', 'chart-edited-en.png');
    expect([png.width, png.height]).toEqual([2400, 1600]);
    // The link opens with the texts, and Reset puts back the chart's own.
    await page.goto(page.url());
    await figure.getByText('Chongqing’s NEV output soars').waitFor();
    await chartMenu(page, 'en')();
    await page.getByRole('menuitem', { name: texts.menuItem }).click();
    await page.getByRole('dialog').getByRole('button', { name: texts.reset }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('nev-nev_production.title')).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  for (const lang of ['fr', 'zh']) {
    it(`fits the edit dialog in a 390 px window (${lang})`, async () => {
      const { page, context } = await openDashboard(390, `?lang=${lang}`);
      const texts = words(lang).export.texts;
      await chartMenu(page, lang)();
      await page.getByRole('menuitem', { name: texts.menuItem }).click();
      const dialog = page.getByRole('dialog', { name: texts.dialogTitle });
      await dialog.getByRole('button', { name: texts.save }).waitFor();
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await page.screenshot({ path: `/tmp/images-dialog-${lang}-390.png` });
      await dialog.getByRole('button', { name: texts.cancel }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await context.close();
    });
  }

  it('exports the chart and dashboard images in each language, to look at', async () => {
    for (const lang of ['fr', 'zh']) {
      const { page, context } = await openDashboard(1440, `?lang=${lang}&mode=yoy`);
      const png = await download(page, chartMenu(page, lang), words(lang).export.kinds['png-2x']!, `chart-${lang}.png`);
      expect([png.width, png.height]).toEqual([2400, 1600]);
      await context.close();
    }
    const { page, context } = await openDashboard(1440, '?lang=en&from=2021');
    const menu = () => page.locator('body > div header').first().getByRole('button', { name: /^Export/ }).click();
    const png = await download(page, menu, 'PNG image (2x)', 'dashboard-en.png');
    expect(png.width).toBe(2400);
    expect(png.height).toBeGreaterThan(6000);
    await context.close();
  });
});
