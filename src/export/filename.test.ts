import { describe, expect, it } from 'vitest';
import { exportFilename, slugify } from './filename';

describe('export file names', () => {
  it.each([
    ['NEV production', 2020, 2024, 'png', undefined, 'nev-production-2020-2024.png'],
    ['GDP · Industrial value added', 2020, 2025, 'svg', undefined, 'gdp-industrial-value-added-2020-2025.svg'],
    ['NEV production, Jan–Sep', 2021, 2021, 'csv', undefined, 'nev-production-jan-sep-2021.csv'],
    ['NEV production', 2020, 2025, 'png', 'slide', 'nev-production-2020-2025-slide.png'],
    ['新能源汽车产量 · 汽车产量', 2020, 2025, 'zip', 'yoy', '新能源汽车产量-汽车产量-2020-2025-yoy.zip'],
    ['Part du total national : œuvres', 2020, 2025, 'csv', undefined, 'part-du-total-national-oeuvres-2020-2025.csv'],
  ])('%s %i-%i', (title, from, to, extension, suffix, expected) => {
    expect(exportFilename(title, from, to, extension, suffix)).toBe(expected);
  });

  it('never returns an empty slug', () => {
    expect(slugify('···')).toBe('chart');
  });

  it('cuts a long French title at the end of a word, never inside one', () => {
    const title = 'Production de véhicules à énergie nouvelle · Production automobile · Valeur ajoutée industrielle';
    const slug = slugify(title);
    expect(slug).toBe('production-de-vehicules-a-energie-nouvelle-production');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(exportFilename(title, 2020, 2025, 'csv')).toBe('production-de-vehicules-a-energie-nouvelle-production-2020-2025.csv');
  });

  it('cuts a long English title at the end of a word', () => {
    expect(slugify('New-energy vehicle production · Automobile production · Industrial robots output')).toBe('new-energy-vehicle-production-automobile-production');
  });

  it('cuts a long Chinese title between words, not inside one', () => {
    const title = '重庆新能源汽车产量与汽车总产量及工业机器人产量和集成电路产量以及笔记本电脑产量与智能手机产量和规模以上工业增加值与社会消费品零售总额及固定资产投资';
    const slug = slugify(title);
    expect(title.length).toBeGreaterThan(60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.length).toBeGreaterThan(50);
    expect(title.startsWith(slug)).toBe(true);
    // The next characters start a new word: the cut never splits 产量 (output) or 增加值 (value added).
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(title)].map((s) => s.index);
    expect(words).toContain(slug.length);
  });

  it('cuts a single word longer than the limit, as nothing shorter names the file', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('writes only characters every system accepts in a file name', () => {
    expect(slugify('GDP: "China" / Chongqing? <2024> | *all*')).toMatch(/^[a-z0-9-]+$/);
  });
});
