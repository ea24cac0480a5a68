// The built app in a real browser: it draws four panels of charts from the bundled data, logs no errors, and filter changes reach the URL.
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');


const PANELS = ['macro', 'nev', 'electronics', 'materials'];

describe('dashboard smoke test', () => {
  it('draws four panels of charts from the bundled data', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    const response = await page.goto(baseUrl);
    // Served under a strict policy: a violation would show up in consoleErrors below.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    for (const panel of PANELS) {
      // A drawn chart has at least one value mark (a line may be a single point in sparse series).
      await page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 });
    }
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toEqual(expect.arrayContaining(['dashboard:first-chart', 'dashboard:all-panels']));
    await page.screenshot({ path: artifactPath('dashboard-1440.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows each series of a chart in its tooltip, with its qualifier, on hover and from the keyboard', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    await page.goto(baseUrl);
    const chart = page.locator('[data-panel="macro"] [data-testid="trend-chart"]').first();
    // GDP's marks: 2020 to 2025, the last one the preliminary "more than" figure.
    const marks = chart.locator('circle[data-status]');
    await marks.nth(5).waitFor({ timeout: 20_000 });
    await marks.nth(5).hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toMatch(/^2025/);
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toMatch(/GDP.*more than 3,37\d(\.\d)? bn yuan/);
    // The panel opens on GDP alone: industrial value added has a figure in two years only.
    expect(text).not.toMatch(/Industrial value added/i);
    // From the keyboard: the chart's surface takes focus, arrow keys step through the years.
    const nevChart = page.locator('[data-panel="nev"] [data-testid="trend-chart"]').first();
    await nevChart.locator('svg.recharts-surface').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => nevChart.locator('.recharts-tooltip-wrapper').textContent(), { timeout: 10_000 }).toMatch(/^20\d\d.*NEV production/);
    // After a filter change the tooltip describes the chart as it now is.
    await page.getByRole('radio', { name: 'Year-on-year %' }).check({ force: true });
    await page.locator('[data-panel="macro"] figcaption').first().getByText(/Year-on-year/).first().waitFor();
    await marks.first().hover();
    await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toMatch(/^20\d\d.*GDP.*%/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('serves the bundled data where the page can have no service worker', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    await context.addInitScript(() => {
      // As on plain http at a LAN address, or in some private windows.
      Reflect.deleteProperty(Navigator.prototype, 'serviceWorker');
    });
    await page.goto(baseUrl);
    for (const panel of PANELS) {
      await page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 });
    }
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('puts a filter change in the URL, and Back undoes it', async () => {
    const { page, consoleErrors, context } = await openPage(browser());
    await page.goto(baseUrl);
    await page.locator('[data-panel="nev"] .recharts-surface').first().waitFor();
    await page.getByRole('radio', { name: 'Index (base year = 100)' }).check({ force: true });
    await page.waitForURL(/mode=index/);
    await expect.poll(() => page.locator('[data-panel="macro"] figcaption').first().textContent()).toMatch(/Index, 2020 = 100/);
    await page.getByLabel('From', { exact: true }).selectOption('2022');
    await page.waitForURL(/from=2022/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('from=2022'));
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2020');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reopens a copied link with the same view and says what it ignored', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?from=2021&mode=yoy&nev.chart=bar&bogus=1`);
    await page.locator('[data-panel="nev"] .recharts-bar-rectangle').first().waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2021');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'bogus' }).count()).toBe(1);
    await context.close();
  });

  it('takes keyboard focus only on real controls, each visible', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(baseUrl);
    await page.locator('[data-panel="materials"] [data-testid="trend-chart"] circle[data-status]').first().waitFor();
    const stops: string[] = [];
    const unmarked: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return { tag: 'none', isMarked: true, name: '' };
        // A visible focus mark: an outline on the element, or on the label of a visually hidden input.
        const hasOutline = (node: Element | null) => !!node && getComputedStyle(node).outlineStyle !== 'none' && getComputedStyle(node).outlineWidth !== '0px';
        return { tag: element.tagName.toLowerCase(), isMarked: hasOutline(element) || hasOutline(element.closest('label')), name: (element.getAttribute('aria-label') ?? element.textContent ?? '').slice(0, 40) };
      });
      stops.push(stop.tag);
      if (!stop.isMarked) unmarked.push(`${stop.tag} ${stop.name}`);
    }
    expect(unmarked).toEqual([]);
    expect(stops.filter((tag) => tag === 'g')).toEqual([]);
    expect(stops).toContain('svg'); // the chart surface, for recharts' arrow-key tooltip
    await context.close();
  });

  it('skips straight to the panels from the first Tab', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(baseUrl);
    await page.locator('[data-panel="nev"] [data-testid="trend-chart"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the panels');
    expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().width ?? 0)).toBeGreaterThan(20); // shown, not sr-only
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panels');
    await context.close();
  });

  it('fits a 390 px phone screen without horizontal scrolling', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(baseUrl);
    await page.locator('[data-panel="materials"] .recharts-surface').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath('dashboard-390.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
