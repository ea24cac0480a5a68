// axe in a real browser, on every state a reader can meet: the loaded dashboard in each
// language, open menus and pickers, the table view, notices, empty, loading and error states,
// the slide show in each theme, and its presenter view. Zero serious or critical violations, WCAG 2.2 A/AA.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const realApiAppUrl = inject('realApiAppUrl');
const apiUrl = inject('apiUrl');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

const chartsDrawn = (page: Page, panels = ['macro', 'nev', 'electronics', 'materials']) =>
  Promise.all(panels.map((panel) => page.locator(`[data-panel="${panel}"] [data-testid="trend-chart"] circle[data-status]`).first().waitFor({ timeout: 20_000 })));

describe('accessibility (axe)', () => {
  for (const lang of ['en', 'fr', 'zh'] as const) {
    it(`finds nothing serious on the loaded dashboard in ${lang}`, async () => {
      const { page, context } = await openPage(browser());
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}/?lang=${lang}`);
      await chartsDrawn(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-Hans' : lang);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('finds nothing serious with menus, pickers, tables, the deck and notices open', async () => {
    const { page, context } = await openPage(browser());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // A bad parameter brings up the notice bar.
    await page.goto(`${baseUrl}/?mode=sideways&nev.view=table`);
    await chartsDrawn(page, ['macro', 'electronics', 'materials']); // the NEV panel shows its table, not a chart
    await page.getByText(/were not understood/).waitFor();
    await page.locator('[data-panel="nev"] table').waitFor();
    expect(await seriousViolations(page), 'notice and table').toEqual([]);

    await page.locator('[data-panel="macro"] summary', { hasText: 'Indicators' }).click();
    expect(await seriousViolations(page), 'indicator picker').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('[data-panel="macro"] figure').first().getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menu').waitFor();
    expect(await seriousViolations(page), 'export menu').toEqual([]);
    await page.getByRole('menuitem', { name: 'Edit title and notes…' }).click();
    await page.getByRole('dialog', { name: 'Title and notes of this chart' }).waitFor();
    expect(await seriousViolations(page), 'chart texts dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByText(/Presentation deck/).click();
    expect(await seriousViolations(page), 'deck panel').toEqual([]);
    await context.close();
  }, 120_000); // six full-page axe runs

  it('finds nothing serious in the empty states', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/?domains=none`);
    await page.getByText(/All panels are hidden/).waitFor();
    expect(await seriousViolations(page), 'all panels hidden').toEqual([]);
    await page.goto(`${baseUrl}/?from=2019&to=2019&domains=materials`);
    await page.getByText(/No published figure/).first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page), 'no figure in range').toEqual([]);
    await context.close();
  });

  it('finds nothing serious while loading and after a failure', async () => {
    const { page, context } = await openPage(browser());
    // Hold every request, so the panels stay in their loading state; then fail them all.
    let isFailing = false;
    const held: Array<() => void> = [];
    const fail = { status: 500, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{"error":{"code":"internal","message":"database unavailable"}}' };
    await page.route(`${apiUrl}/**`, (route) => {
      if (isFailing) return route.fulfill(fail);
      return new Promise<void>((resolve) => held.push(() => void route.fulfill(fail).then(resolve, resolve)));
    });
    await page.goto(realApiAppUrl);
    await page.locator('[aria-busy="true"]').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(page), 'loading').toEqual([]);
    isFailing = true;
    held.forEach((release) => release());
    // After react-query's retries (1 s, 2 s) every panel shows its error with Retry.
    await page.getByRole('button', { name: 'Retry' }).first().waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page), 'errors').toEqual([]);
    await context.close();
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`finds nothing serious in the slide show, ${theme} theme`, async () => {
      const { page, context } = await openPage(browser(), { width: 1920, height: 1080 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}/?present=2`);
      await page.getByTestId('slide-show').waitFor();
      await page.mouse.move(400, 400);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.locator('[data-testid="slide-show"] circle[data-status]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  for (const theme of ['light', 'contrast'] as const) {
    it(`finds nothing serious in the presenter view, ${theme} theme`, async () => {
      const { page, context } = await openPage(browser(), { width: 1280, height: 800 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.addInitScript((stored) => window.localStorage.setItem('cq-dashboard:display:v1', stored), JSON.stringify({ theme, kiosk: 'auto-hide', intervalSeconds: 10 }));
      await page.goto(`${baseUrl}/?present=1`);
      await page.getByTestId('slide-show').waitFor();
      // The presenter view is the second window the show opens with S; it draws what the show sends.
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await presenter.emulateMedia({ reducedMotion: 'reduce' });
      await presenter.locator('[data-testid="presenter-next"] circle[data-status]').first().waitFor();
      expect(await presenter.getByTestId('presenter-view').getAttribute('data-theme')).toBe(theme);
      expect(await seriousViolations(presenter, '[data-testid="presenter-view"]')).toEqual([]);
      await context.close();
    });
  }
});
