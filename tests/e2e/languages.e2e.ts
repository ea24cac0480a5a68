// Switching language in a real browser: the header's choice relabels charts, cards, axes and
// exports, lands in the link and is remembered; a first visit follows the browser's language.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const nevPanel = (page: Page) => page.locator('[data-panel="nev"]');
const nevChartDrawn = (page: Page) => nevPanel(page).locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
const axisLabels = (page: Page) => nevPanel(page).locator('[data-testid="trend-chart"] .recharts-label').allTextContents();

describe('languages', () => {
  it('relabels the dashboard from the header, keeps it in the link and remembers it', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    await page.goto(baseUrl);
    await nevChartDrawn(page);
    expect(await axisLabels(page)).toContain('vehicles');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => nevPanel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Véhicules à nouvelle énergie');
    await expect.poll(() => axisLabels(page)).toContain('véhicules');
    expect(await nevPanel(page).locator('article').first().textContent()).toMatch(/1,296\sM\svéhicules/);
    expect(await nevPanel(page).getByTestId('chart-description').first().textContent()).toMatch(/de 365\s000\svéhicules en 2022 à 1\s296\s000\svéhicules en 2025, en hausse\. La définition change en 2022/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['fr', "Tableau de bord de l'industrie de Chongqing"]);

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('zh');
    await expect.poll(() => axisLabels(page)).toContain('万辆');
    await expect.poll(() => nevPanel(page).locator('article').first().textContent()).toMatch(/129\.6万辆/);
    await page.screenshot({ path: artifactPath('dashboard-zh.png') });

    // Opened again without ?lang=, the dashboard remembers the reader's choice.
    await page.goto(baseUrl);
    await nevChartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect.poll(() => axisLabels(page)).toContain('万辆');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('goes back to the language of the link Back restores', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(baseUrl);
    await nevChartDrawn(page);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en'); // the link names its language
    await page.locator('label', { hasText: 'Year-on-year %' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect.poll(() => axisLabels(page)).toContain('vehicles');
    await context.close();
  });

  it('exports images in the reader’s language', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?lang=zh`);
    await nevChartDrawn(page);
    await nevPanel(page).locator('figure').first().getByRole('button', { name: /^导出/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /SVG/ }).click()]);
    const path = artifactPath('nev-zh.svg');
    await download.saveAs(path);
    const svg = readFileSync(path, 'utf8');
    expect(svg).toContain('新能源汽车产量');
    expect(svg).toContain('万辆');
    expect(svg).toMatch(/数据来源|来源/);
    await context.close();
  });

  it('follows the browser’s language on a first visit, and reports a language it does not have', async () => {
    const { page, context } = await openPage(browser(), { locale: 'fr-FR' });
    await page.goto(baseUrl);
    await nevChartDrawn(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');

    await page.goto(`${baseUrl}/?lang=klingon`);
    await nevChartDrawn(page);
    await page.getByText(/lang/).filter({ hasText: 'klingon' }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await context.close();
  });
});
