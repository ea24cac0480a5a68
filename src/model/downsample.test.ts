import { describe, expect, it } from 'vitest';
import { downsampleRows } from './downsample';

type Row = { period: string } & Record<string, number | string | null>;
const rowsOf = (values: Record<string, (number | null)[]>): Row[] => {
  const length = Math.max(...Object.values(values).map((v) => v.length));
  return Array.from({ length }, (_, index) => {
    const row: Row = { period: String(index) };
    for (const [key, list] of Object.entries(values)) row[key] = list[index] ?? null;
    return row;
  });
};

describe('downsampleRows (LTTB)', () => {
  it('keeps every row when they fit', () => {
    const rows = rowsOf({ a: [1, 2, 3, 4] });
    expect(downsampleRows(rows, ['a'], 10)).toBe(rows);
  });

  it('keeps at most maxPoints rows, the first and the last among them, in order', () => {
    const rows = rowsOf({ a: Array.from({ length: 600 }, (_, i) => Math.sin(i / 10) * 100) });
    const kept = downsampleRows(rows, ['a'], 120);
    expect(kept.length).toBeLessThanOrEqual(120);
    expect(kept.length).toBeGreaterThan(100);
    expect(kept[0]).toBe(rows[0]);
    expect(kept.at(-1)).toBe(rows.at(-1));
    const indexes = kept.map((row) => rows.indexOf(row));
    expect(indexes).toEqual([...indexes].sort((x, y) => x - y));
  });

  it('keeps a spike that an even sampling would miss', () => {
    const values = Array.from({ length: 1000 }, () => 10);
    values[503] = 500;
    const kept = downsampleRows(rowsOf({ a: values }), ['a'], 50);
    expect(kept.some((row) => row.a === 500)).toBe(true);
  });

  it('weighs each series on its own scale: the small series keeps its spike too', () => {
    const big = Array.from({ length: 1000 }, (_, i) => 1e6 + (i % 7) * 1000);
    const small = Array.from({ length: 1000 }, () => 1);
    small[250] = 3;
    const kept = downsampleRows(rowsOf({ big, small }), ['big', 'small'], 60);
    expect(kept.some((row) => row.small === 3)).toBe(true);
  });

  it('keeps a missing value inside a series, so the line still breaks there', () => {
    const values: (number | null)[] = Array.from({ length: 600 }, (_, i) => i);
    values[300] = null;
    const kept = downsampleRows(rowsOf({ a: values }), ['a'], 50);
    expect(kept.some((row) => row.a === null)).toBe(true);
  });

  it('does not count the months before a series starts as gaps', () => {
    const values: (number | null)[] = Array.from({ length: 600 }, (_, i) => (i < 200 ? null : i));
    const kept = downsampleRows(rowsOf({ a: values }), ['a'], 50);
    expect(kept.length).toBeLessThanOrEqual(50);
    expect(kept.filter((row) => row.a === null).length).toBeLessThan(20);
  });

  it('keeps each series\' own gaps, and the figures on both sides of them', () => {
    const a: (number | null)[] = Array.from({ length: 600 }, (_, i) => i);
    const b: (number | null)[] = Array.from({ length: 600 }, (_, i) => 600 - i);
    a[301] = null;
    b[302] = null;
    const rows = rowsOf({ a, b });
    const kept = downsampleRows(rows, ['a', 'b'], 50);
    expect(kept.length).toBeLessThanOrEqual(50);
    const at = (index: number) => kept.includes(rows[index] as Row);
    for (const index of [300, 301, 302, 303]) expect(at(index)).toBe(true);
  });

  it('never drops a lone figure between two missing stretches', () => {
    const values: (number | null)[] = Array.from({ length: 600 }, (_, i) => (i >= 280 && i <= 330 && i !== 305 ? null : i));
    const rows = rowsOf({ a: values });
    for (const width of [532, 400, 250, 60]) expect(downsampleRows(rows, ['a'], width).some((row) => row.a === 305)).toBe(true);
  });

  it('keeps the rows the caller must show (flagged values)', () => {
    const rows = rowsOf({ a: Array.from({ length: 600 }, (_, i) => i % 7) });
    const kept = downsampleRows(rows, ['a'], 40, (row) => row.period === '598');
    expect(kept.some((row) => row.period === '598')).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(40);
  });
});
