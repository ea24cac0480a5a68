import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';
import { exportFilename, slugify } from './filename';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    [2024, '2024'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['+36%', '+36%'],
    ['-2.9%', '-2.9%'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+cmd', "'+cmd"],
  ])('writes %j as %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('export file names', () => {
  it.each([
    ['NEV production', 2020, 2024, 'png', undefined, 'nev-production-2020-2024.png'],
    ['GDP · Industrial value added', 2020, 2025, 'svg', undefined, 'gdp-industrial-value-added-2020-2025.svg'],
    ['NEV production, Jan–Sep', 2021, 2021, 'csv', undefined, 'nev-production-jan-sep-2021.csv'],
    ['NEV production', 2020, 2025, 'png', 'slide', 'nev-production-2020-2025-slide.png'],
  ])('%s %i-%i', (title, from, to, extension, suffix, expected) => {
    expect(exportFilename(title, from, to, extension, suffix)).toBe(expected);
  });

  it('never returns an empty slug', () => {
    expect(slugify('···')).toBe('chart');
  });
});
