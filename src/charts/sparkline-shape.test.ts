import { describe, expect, it } from 'vitest';
import type { ViewPoint } from '../model/view-point';
import { sparklineShape } from './sparkline-shape';

const point = (year: number, value: number | null): ViewPoint => ({ period: String(year), year, value, status: 'reported', sourceIds: ['s'] });
const box = { width: 112, height: 36, inset: 4 };

describe('sparklineShape', () => {
  it('draws one run across consecutive years, from zero at the bottom to the highest figure at the top', () => {
    const { path, dots } = sparklineShape([point(2020, 1), point(2021, 4), point(2022, 2)], 2020, 2022, box);
    expect(path).toBe('M4,25L56,4L108,18');
    expect(dots).toEqual([]);
  });

  it('keeps a small change small: the scale starts at zero', () => {
    const { path } = sparklineShape([point(2020, 100), point(2021, 102)], 2020, 2021, box);
    const [first, second] = [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect((first ?? 0) - (second ?? 0)).toBeLessThan(1); // 2% of 28 px
  });

  it('draws negative figures below zero', () => {
    const { path } = sparklineShape([point(2020, -2), point(2021, -4)], 2020, 2021, box);
    expect(path).toBe('M4,18L108,32');
  });

  it('breaks the line at a missing year and marks a figure with no neighbour as a dot', () => {
    const { path, dots } = sparklineShape([point(2020, 1), point(2021, 2), point(2023, 5), point(2025, 3), point(2026, 4)], 2020, 2026, box);
    // 2022 is missing, 2024 is null: 2023 stands alone; 2025-2026 start a new run.
    expect(path.match(/M/g)).toHaveLength(2);
    expect(dots).toHaveLength(1);
    expect(dots[0]?.[1]).toBe(4); // 5 is the range's highest figure
  });

  it('treats a null value like a missing year and ignores years outside the range', () => {
    const { path, dots } = sparklineShape([point(2019, 100), point(2020, null), point(2021, 2), point(2022, 4)], 2020, 2022, box);
    expect(path.startsWith('M56,')).toBe(true);
    expect(dots).toEqual([]);
  });

  it('puts an all-zero series halfway up and a one-year range in the middle', () => {
    expect(sparklineShape([point(2020, 0), point(2021, 0)], 2020, 2021, box).path).toBe('M4,18L108,18');
    expect(sparklineShape([point(2020, 7)], 2020, 2020, box).dots).toEqual([[56, 4]]);
  });

  it('draws nothing when the range has no figure', () => {
    expect(sparklineShape([point(2020, null)], 2020, 2022, box)).toEqual({ path: '', dots: [] });
  });
});
