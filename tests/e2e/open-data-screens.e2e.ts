// The open-data controls as a reader sees them, at 1440 and 390 px: the Datasets menu, the drop
// target, the progress bar (then Cancel, which changes nothing) and the problem list, each
// screenshot into test-results/; the menu and the problem list are checked with axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';
import { chartsDrawn, dashboardText, datasetParam, dropFiles, openInput, packageFiles } from './open-data-helpers';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
// Big enough that the bar is on screen for a moment: 200,000 observations (synthetic, not real data).
const large = packageFiles({ indicators: 40, entities: 10, months: 500 });

/** axe on one part of the page: the whole dashboard takes it tens of seconds on this machine. */
async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

describe('open-data screens', () => {
  for (const width of [1440, 390]) {
    it(`shows the menu, the drop target, the progress bar and the problem list at ${width} px`, async () => {
      const { page, context, consoleErrors } = await openPage(browser(), { width, height: width > 800 ? 1000 : 844 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(baseUrl);
      await chartsDrawn(page);
      const before = await dashboardText(page);

      await page.getByRole('button', { name: /^Data:/ }).click();
      await page.getByRole('menu').waitFor();
      await page.screenshot({ path: artifactPath(`open-data-menu-${width}.png`) });
      expect(await seriousViolations(page, 'header')).toEqual([]);
      await page.keyboard.press('Escape');

      await dropFiles(page, [{ name: 'figures.csv', text: 'indicator,period,value,source\n' }], ['dragenter']);
      await page.getByTestId('drop-target').waitFor();
      await page.screenshot({ path: artifactPath(`open-data-drop-${width}.png`) });
      await dropFiles(page, [{ name: 'figures.csv', text: '' }], ['dragleave']);
      await page.getByTestId('drop-target').waitFor({ state: 'detached' });

      await openInput(page).setInputFiles(large);
      const bar = page.getByRole('progressbar');
      await bar.waitFor();
      await page.screenshot({ path: artifactPath(`open-data-progress-${width}.png`) });
      // Cancel at once, before the worker is done: the bar's roles are checked in the component test.
      await page.getByRole('button', { name: 'Cancel' }).click();
      await bar.waitFor({ state: 'detached' });
      expect(datasetParam(page)).toBeNull();

      await openInput(page).setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,period,value,source\ngdp,24,1,S1\ngdp,2024,"1,5",\n') });
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      await page.screenshot({ path: artifactPath(`open-data-problems-${width}.png`) });
      expect(await seriousViolations(page, 'dialog')).toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      expect(await dashboardText(page)).toEqual(before);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
