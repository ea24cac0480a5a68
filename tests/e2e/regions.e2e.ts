// Regions side by side in a real browser, from the keyboard: China is picked in the macro panel's
// Regions picker, the value mode goes to the share of the national total, and the chart is
// screenshot at 1440 and 390 px (test-results/regions-share-*.png). axe checks both states.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('regions side by side', () => {
  it('picks China with the keyboard, switches to the share of the national total, and draws it at 1440 and 390 px', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 1440, height: 1000 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    const macro = page.locator('[data-panel="macro"]');
    const legend = macro.getByTestId('chart-legend').first();
    await macro.locator('[data-testid="trend-chart"] circle[data-status]').first().waitFor({ timeout: 20_000 });

    // The Regions picker: Enter opens it, Tab walks its boxes (Chongqing, then China), Space ticks, Escape closes.
    const summary = macro.locator('summary', { hasText: 'Regions' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Chongqing city');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('China country');
    await page.keyboard.press('Space');
    await expect.poll(() => legend.textContent(), { timeout: 10_000 }).toContain('GDP · China');
    expect(await seriousViolations(page), 'region picker open').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await legend.textContent()).toContain('GDP · Chongqing');

    // The value mode: the checked radio takes focus, arrows move to the share of the national total.
    await page.getByRole('radio', { name: 'Absolute' }).focus();
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Share of national total (%)' }).isChecked()).toBe(true);
    await expect.poll(() => legend.textContent()).not.toContain('China');
    const figure = macro.locator('figure').first();
    expect(await figure.textContent()).toContain('Share of the national total (China = 100%), computed by us');
    const link = new URL(page.url()).searchParams;
    expect([link.get('mode'), link.get('macro.regions')]).toEqual(['share', 'chongqing,china']);
    expect(await seriousViolations(page), 'share mode').toEqual([]);
    await figure.screenshot({ path: artifactPath('regions-share-1440.png') });
    await macro.screenshot({ path: artifactPath('regions-share-panel-1440.png') });

    await page.setViewportSize({ width: 390, height: 900 });
    await expect.poll(() => figure.evaluate((element) => element.getBoundingClientRect().width)).toBeLessThan(390);
    await figure.locator('circle[data-status]').first().waitFor();
    await figure.screenshot({ path: artifactPath('regions-share-390.png') });
    await page.locator('form[aria-label="Filters"]').screenshot({ path: artifactPath('regions-share-filters-390.png') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
