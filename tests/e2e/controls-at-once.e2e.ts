// Once the first chart is drawn, everything a reader can press answers: Export opens its menu and
// Present its show at once. Code that loads on first use says it is loading, and says so if it
// cannot load.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
// The build on the real API, whose chunks page.route can hold or fail.
const realApiAppUrl = inject('realApiAppUrl');

async function openAtFirstChart(url = baseUrl) {
  const tracked = await openPage(browser());
  await tracked.page.goto(url);
  await tracked.page.locator('[data-panel="macro"] [data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });
  return tracked;
}

/** Holds the built chunk whose name starts with `chunk` until the returned function is called. */
async function holdChunk(page: Page, chunk: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const failChunk = (page: Page, chunk: string) => page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), (route) => route.abort());

describe('controls at the first chart', () => {
  it('opens every Export menu pressed as soon as the first chart is drawn', async () => {
    const { page, context } = await openAtFirstChart();
    const panel = page.locator('[data-panel="macro"]');
    const buttons = [
      panel.locator('figure').first().getByRole('button', { name: /^Export/ }),
      panel.locator('> header').getByRole('button', { name: /^Export/ }),
      page.locator('header').first().getByRole('button', { name: /^Export/ }),
    ];
    for (const button of buttons) {
      expect(await button.isEnabled()).toBe(true);
      await button.click();
      expect(await page.getByRole('menu').getByRole('menuitem').count()).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
    }
    await context.close();
  });

  it('says "Preparing…" while the export code loads, then saves the file', async () => {
    const { page, context } = await openAtFirstChart(realApiAppUrl);
    const release = await holdChunk(page, 'chart-export');
    const figure = page.locator('[data-panel="macro"] figure').first();
    await figure.getByRole('button', { name: /^Export/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PNG image (2x)' }).click();
    await figure.getByRole('status').filter({ hasText: 'Preparing…' }).waitFor();
    release();
    expect((await downloading).suggestedFilename()).toMatch(/\.png$/);
    await figure.getByRole('status').filter({ hasText: /^Saved / }).waitFor();
    await context.close();
  });

  it('says the export failed when its code cannot load', async () => {
    const { page, context } = await openAtFirstChart(realApiAppUrl);
    await failChunk(page, 'chart-export');
    const figure = page.locator('[data-panel="macro"] figure').first();
    await figure.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menuitem', { name: 'PNG image (2x)' }).click();
    await figure.getByRole('status').filter({ hasText: 'The export failed. Please try again.' }).waitFor();
    await context.close();
  });

  it('opens the slide show pressed at the first chart, saying so while its code loads', async () => {
    const { page, context } = await openAtFirstChart(realApiAppUrl);
    const release = await holdChunk(page, 'slide-show');
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    await page.getByRole('status').filter({ hasText: 'Opening the slide show…' }).waitFor();
    release();
    await page.getByTestId('slide-show').waitFor();
    await context.close();
  });

  it('says the slide show could not load, and closes back to the dashboard', async () => {
    const { page, context } = await openAtFirstChart(realApiAppUrl);
    await failChunk(page, 'slide-show');
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The slide show could not be loaded.' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Close' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await page.locator('[data-panel="macro"] [data-testid="trend-chart"]').first().isVisible()).toBe(true);
    await context.close();
  });

  it('says "Preparing…" while the PowerPoint code loads, then saves the deck', async () => {
    const { page, context } = await openAtFirstChart(realApiAppUrl);
    await page.getByText(/^Presentation deck/).click();
    const pptxButton = page.getByRole('button', { name: 'Download PowerPoint (.pptx)' });
    await pptxButton.waitFor();
    expect(await pptxButton.isEnabled()).toBe(true);
    const release = await holdChunk(page, 'pptx');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await pptxButton.click();
    await page.getByRole('status').filter({ hasText: 'Preparing…' }).waitFor();
    release();
    expect((await downloading).suggestedFilename()).toMatch(/\.pptx$/);
    await context.close();
  });
});
