// The Indicators picker under a real mouse: pressing on an indicator's name (its text, not the
// checkbox) ticks it, leaves the picker open and the tab alive, in every panel.
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './chromium';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const PANELS = ['macro', 'nev', 'electronics', 'materials'];

describe('indicator picker', () => {
  it('ticks an indicator pressed on its name in every panel', async () => {
    const { page, context, consoleErrors } = await openPage(browser());
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(baseUrl);
    for (const panel of PANELS) {
      const section = page.locator(`[data-panel="${panel}"]`);
      await section.locator('[data-testid="trend-chart"]').first().waitFor({ timeout: 20_000 });
      const details = section.locator('details', { has: page.locator('summary', { hasText: /^Indicators/ }) });
      await details.locator('summary').click();
      const unticked = details.locator('label').filter({ has: page.locator('input:not(:checked)') }).first();
      const title = (await unticked.locator('span').first().evaluate((span) => span.firstChild?.textContent ?? '')).trim();
      const label = details.locator('label').filter({ hasText: title });
      const name = label.locator('span').first();
      await name.scrollIntoViewIfNeeded();
      const box = await name.boundingBox();
      if (!box) throw new Error(`${panel}: the indicator's name is not on screen`);
      // On the first line of the name, clear of the checkbox: where a reader presses on the words.
      await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + 6);
      await page.mouse.down();
      await page.mouse.up();
      expect(crashed).toBe(false);
      await expect.poll(() => label.locator('input').isChecked()).toBe(true);
      expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(true);
    }
    expect(await page.evaluate(() => document.title)).not.toBe('');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
