// What the speed-ups must not cost: panels after the first one on screen, which follow a filter
// change in a background render, end up showing it; bar and area charts, whose code loads on
// first use, draw at once; the first load shifts nothing on screen.
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

describe('performance safeguards', () => {
  it('brings a panel below the fold up to date with a filter change', async () => {
    const { page, consoleErrors, context } = await openPage(browser(), { width: 1440, height: 900 });
    await page.goto(baseUrl);
    await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
    expect(await page.locator('[data-panel="materials"]').isVisible()).toBe(true);
    const materialsCaption = page.locator('[data-panel="materials"] figcaption').first();
    expect(await materialsCaption.isVisible()).toBe(true);
    // In the frame of the change: the first panel on screen is redrawn; the one beside it and
    // the one below the fold wait for the background render.
    const busyRightAfter = await page.evaluate(() => {
      const to = [...document.querySelectorAll('select')].find((select) => select.labels?.[0]?.textContent === 'To');
      if (!to) throw new Error('no To select');
      to.value = '2023';
      to.dispatchEvent(new Event('change', { bubbles: true }));
      const busy = (panel: string) => document.querySelector(`[data-panel="${panel}"]`)?.getAttribute('aria-busy');
      const macroCaption = document.querySelector('[data-panel="macro"] figcaption')?.textContent ?? '';
      return { macro: busy('macro'), nev: busy('nev'), materials: busy('materials'), macroCaption };
    });
    expect(busyRightAfter).toMatchObject({ macro: 'false', nev: 'true', materials: 'true' });
    expect(busyRightAfter.macroCaption).toMatch(/2020–2023/);
    // Without scrolling: the background render finishes on its own, axis included.
    await expect.poll(() => materialsCaption.textContent()).toMatch(/2020–2023 · Absolute/);
    const materialsYears = page.locator('[data-panel="materials"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect.poll(() => materialsYears.allTextContents()).toContain('2023');
    expect(await materialsYears.allTextContents()).not.toContain('2024');
    await page.getByRole('radio', { name: 'Year-on-year %' }).check({ force: true });
    await expect.poll(() => materialsCaption.textContent()).toMatch(/2020–2023 · Year-on-year/);
    await expect.poll(() => page.locator('[data-panel="materials"]').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => page.locator('[data-panel="nev"] figcaption').first().textContent()).toMatch(/2020–2023 · Year-on-year/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws bars and areas on first pick, loading their code then', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
    await page.goto(baseUrl);
    await page.locator('[data-panel="nev"] .recharts-surface').first().waitFor();
    expect(chunks.some((path) => /bar-series/.test(path))).toBe(false);
    const nev = page.locator('[data-panel="nev"]');
    await nev.getByRole('radio', { name: 'Bar' }).check({ force: true });
    await nev.locator('.recharts-bar-rectangle').first().waitFor();
    expect(chunks.some((path) => /bar-series/.test(path))).toBe(true);
    await nev.getByRole('radio', { name: 'Area' }).check({ force: true });
    await nev.locator('.recharts-area-area').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shifts nothing on screen while the first screen loads', async () => {
    const { page, context } = await openPage(browser(), { width: 1440, height: 900 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(baseUrl);
    await page.locator('[data-panel="nev"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
    await page.waitForTimeout(500);
    const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
    expect(total).toBeLessThan(0.01);
    await context.close();
  });
});
