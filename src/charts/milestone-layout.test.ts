import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMilestones, type MilestoneLayoutOptions, type PlacedMilestone } from './milestone-layout';

// Every character 6 px wide at size 10: easy to reason about.
const options = (right: number, maxRows = 3): MilestoneLayoutOptions => ({ left: 0, right, fontSize: 10, maxRows, measure: (text, size) => text.length * size * 0.6 });
const mark = (period: string, x: number, text: string) => ({ period, x, text });

const overlaps = (a: PlacedMilestone, b: PlacedMilestone) => a.row === b.row && a.left < b.right && b.left < a.right;

describe('layoutMilestones', () => {
  it('puts a lone label beside its line, in one row, inside the plot', () => {
    const layout = layoutMilestones([mark('2021', 50, 'Plant opens')], options(400));
    expect(layout.rows).toBe(1);
    expect(layout.listed).toEqual([]);
    expect(layout.placed).toEqual([expect.objectContaining({ period: '2021', row: 0, anchor: 'start', left: 54, right: 54 + 66 })]);
  });

  it('turns a label leftwards near the right edge', () => {
    const [placed] = layoutMilestones([mark('2025', 380, 'Plant opens')], options(400)).placed;
    expect(placed).toMatchObject({ anchor: 'end', right: 376, left: 376 - 66 });
  });

  it('stacks labels that would overlap in a second row', () => {
    const layout = layoutMilestones([mark('2023', 100, 'GDP passes 3 trillion yuan'), mark('2025', 300, 'Industrial output > 3 tn yuan')], options(320));
    expect(layout.placed.map((p) => p.row).sort()).toEqual([0, 1]);
    expect(layout.listed).toEqual([]);
  });

  it('passes over another milestone line only above where that line stops', () => {
    // In one row the 2021 label would run over the 2022 line: it goes left of its own line instead.
    const layout = layoutMilestones([mark('2021', 200, 'A long label here'), mark('2022', 250, 'B')], options(400, 1));
    const first = layout.placed.find((p) => p.period === '2021');
    expect(first).toMatchObject({ anchor: 'end' });
    expect(first!.right).toBeLessThan(200);
    // With a second row, a label reaching back over an earlier line goes above where that line stops.
    const stacked = layoutMilestones([mark('2021', 50, 'A'), mark('2024', 200, 'Second plant opens its doors')], options(300, 2));
    const [early, late] = stacked.placed;
    expect(early).toMatchObject({ row: 0, anchor: 'start' });
    expect(late).toMatchObject({ row: 1, anchor: 'end' });
    expect(late!.left).toBeLessThan(50);
  });

  it('centres a label over its line when neither side has room', () => {
    const [placed] = layoutMilestones([mark('2023', 90, 'GDP passes 3 tn')], options(150)).placed;
    expect(placed).toMatchObject({ anchor: 'middle', left: 90 - 45, right: 90 + 45 });
  });

  it('numbers the labels that have no room, and lists them in order', () => {
    const layout = layoutMilestones([mark('2020', 20, 'A label far too long for this plot'), mark('2021', 60, 'Another label far too long')], options(100, 2));
    expect(layout.listed).toEqual([
      { number: 1, period: '2020', text: 'A label far too long for this plot' },
      { number: 2, period: '2021', text: 'Another label far too long' },
    ]);
    expect(layout.placed.map((p) => [p.text, p.number])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
  });

  it('never overlaps two labels, nor a label and the plot edge, nor a label and another line', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 1400 }), fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 8, maxLength: 8 }), (width, positions, texts) => {
        // Milestones a year apart at least: lines no closer than a number's width.
        const xs = [...new Set(positions.map((p) => Math.round((p / 1000) * (width - 20)) + 10))].sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - (all[i - 1] ?? 0) >= 24);
        const marks = xs.map((x, i) => mark(String(2000 + i), x, (texts[i] ?? ['x']).join(' ')));
        const layout = layoutMilestones(marks, options(width));
        expect(layout.placed).toHaveLength(marks.length);
        for (const [i, a] of layout.placed.entries()) {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.right).toBeLessThanOrEqual(width);
          for (const b of layout.placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          // Another line may pass under a label only if that line stops lower, at its own label's row.
          for (const b of layout.placed) if (b.period !== a.period && b.row >= a.row) expect(b.x < a.left || b.x > a.right).toBe(true);
        }
      }),
    );
  });

  it('never puts a number over another box or line, even with milestones crowded together', () => {
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 1400 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (width, positions, maxRows) => {
        const xs = [...new Set(positions.map((p) => Math.round((p / 1000) * (width - 20)) + 10))].sort((a, b) => a - b);
        const marks = xs.map((x, i) => mark(`${2000 + i}`, x, `Milestone number ${i} with a long label`));
        const layout = layoutMilestones(marks, options(width, maxRows));
        for (const [i, a] of layout.placed.entries()) {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.right).toBeLessThanOrEqual(width);
          for (const b of layout.placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          for (const b of layout.placed) if (b.period !== a.period && b.row >= a.row) expect(b.x < a.left || b.x > a.right).toBe(true);
        }
        // Every milestone is named, on the chart or beneath it, and every number on the chart is in the list.
        const named = new Set([...layout.placed.filter((p) => p.number === undefined).map((p) => p.period), ...layout.listed.map((item) => item.period)]);
        expect(named.size).toBe(marks.length);
        for (const p of layout.placed) if (p.number !== undefined) expect(layout.listed[p.number - 1]?.period).toBe(p.period);
        expect(layout.rows).toBe(layout.placed.length === 0 ? 0 : Math.max(...layout.placed.map((p) => p.row)) + 1);
      }),
    );
  });

  it('names beneath only a milestone whose line is too close to another for a number of its own', () => {
    const layout = layoutMilestones([mark('2020-01', 50, 'A label far too long for this plot'), mark('2020-02', 51, 'Another label far too long')], options(100, 1));
    expect(layout.placed.map((p) => [p.period, p.text])).toEqual([['2020-01', '1']]);
    expect(layout.listed.map((item) => [item.number, item.period])).toEqual([
      [1, '2020-01'],
      [2, '2020-02'],
    ]);
  });

  it('gives a number a row above the labels when the labels fill theirs', () => {
    const layout = layoutMilestones([mark('2020', 1, 'Left'), mark('2021', 40, 'A label far too long for this plot')], options(100, 1));
    const number = layout.placed.find((p) => p.number !== undefined);
    expect(layout.placed.find((p) => p.text === 'Left')?.row).toBe(0);
    expect(number?.row).toBe(1);
    expect(layout.rows).toBe(2);
  });
});
