// A presenter's path in a real browser: build a deck of three views with different filters,
// reorder it, present it with the keys a clicker sends, deep-link to a slide, auto-advance,
// and take the deck to PowerPoint. The presenter view in a second window: presenter.e2e.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, openPage, sharedBrowser } from './chromium';
import { buildDeck, counter, slideTitle } from './deck-helpers';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

describe('presentation', () => {
  it('builds a deck, reorders it, and presents each slide with its own filters', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), { width: 1920, height: 1080 });
    await buildDeck(page);
    const deck = page.getByTestId('deck-panel');
    await deck.getByRole('textbox', { name: 'Slide title' }).first().fill('NEV output took off');
    await deck.getByRole('textbox', { name: 'Speaker note' }).first().fill('Stress the 2024 jump.');
    // Move the macro slide (second) to the top with the keyboard-operable button.
    await deck.getByRole('button', { name: 'Move slide 3 up' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    const show = page.getByTestId('slide-show');
    await show.waitFor();
    await expect.poll(() => counter(page)).toBe('1 / 4');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideTitle(page)).toMatch(/GDP/);
    expect(await page.getByTestId('slide-filters').textContent()).toMatch(/2021–2025 · Index/);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideTitle(page)).toBe('NEV output took off');
    expect(await page.getByTestId('slide-filters').textContent()).toMatch(/2020–2024 · Absolute/);
    expect(await page.getByTestId('slide-key-number').textContent()).toMatch(/953.2K vehicles in 2024, 2\.6× 2022 \(computed by us; the definition changes in 2022, so earlier years are left out\)/);
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('slide-filters').textContent()).toMatch(/2020–2025 · Year-on-year/);
    await expect.poll(() => show.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await counter(page)).toBe('4 / 4');
    await page.keyboard.press('ArrowRight'); // stays on the last slide
    expect(await counter(page)).toBe('4 / 4');
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page)).toBe('1 / 4');
    await page.keyboard.press('End');
    await expect.poll(() => counter(page)).toBe('4 / 4');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toBe('2 / 4');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => counter(page)).toBe('3 / 4');
    expect(new URL(page.url()).searchParams.get('present')).toBe('3');
    const titleSize = await page.getByTestId('slide-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: artifactPath('slide-light-1080p.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => show.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens a deep link at its slide, and auto-advances until a key pauses it', async () => {
    const { page, context } = await openPage(browser(), { width: 1920, height: 1080 });
    await buildDeck(page);
    await page.goto(`${baseUrl}/?present=3`);
    await page.getByTestId('slide-show').waitFor();
    await expect.poll(() => counter(page)).toBe('3 / 4');
    await page.mouse.move(500, 500);
    await page.getByRole('combobox', { name: 'Every' }).selectOption('5');
    await page.getByRole('button', { name: 'Auto-advance' }).click();
    await expect.poll(() => counter(page), { timeout: 8000 }).toBe('4 / 4');
    await page.keyboard.press('p');
    await page.waitForTimeout(6000);
    expect(await counter(page)).toBe('4 / 4');
    await context.close();
  });

  it('shows each theme at 1920 × 1080', async () => {
    const { page, context } = await openPage(browser(), { width: 1920, height: 1080 });
    await buildDeck(page);
    for (const theme of ['light', 'dark', 'contrast']) {
      await page.goto(`${baseUrl}/?present=2`);
      await page.getByTestId('slide-show').waitFor();
      await page.mouse.move(400, 400);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.locator('[data-testid="slide-show"] circle[data-status]').first().waitFor();
      // The tooltip draws on the theme's colours, never white on a dark room's slide.
      const box = (await page.locator('[data-testid="slide-show"] .recharts-surface').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tooltip = page.getByTestId('slide-show').getByTestId('chart-tooltip');
      await tooltip.waitFor();
      expect(await tooltip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe({ light: 'rgb(255, 255, 255)', dark: 'rgb(30, 41, 59)', contrast: 'rgb(0, 0, 0)' }[theme]);
      await page.mouse.move(10, 10);
      await page.screenshot({ path: artifactPath(`slide-${theme}-1080p.png`) });
      expect(await page.getByTestId('slide-show').getAttribute('data-theme')).toBe(theme);
    }
    await context.close();
  });

  it('downloads the deck as a PowerPoint file with a slide, image and notes per view', async () => {
    const { page, context } = await openPage(browser(), { width: 1440, height: 1000 });
    await buildDeck(page);
    await page.getByTestId('deck-panel').getByRole('textbox', { name: 'Speaker note' }).first().fill('Stress the 2024 jump.');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click()]);
    const path = artifactPath('deck.pptx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(4);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(3);
    for (let n = 2; n <= 4; n++) {
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
      expect(rels).toMatch(/media\/image/);
    }
    const notes = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(notes.join('\n')).toContain('Stress the 2024 jump.');
    expect(notes.join('\n')).toMatch(/Seres/);
    // The file names the dashboard as its author, not the library that wrote it.
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Chongqing Industry Dashboard</dc:creator>');
    expect(core).not.toContain('PptxGenJS');
    if (existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice')) {
      rmSync(artifactPath('deck.pdf'), { force: true });
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', artifactPath(''), path], { timeout: 120_000 });
      expect(readFileSync(artifactPath('deck.pdf')).subarray(0, 4).toString()).toBe('%PDF');
    }
    await context.close();
  });
});
