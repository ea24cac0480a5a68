import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from './nice-scale';

describe('niceTicks', () => {
  it.each([
    [[2500, 3370], [0, 1000, 2000, 3000, 4000]],
    [[4.3, 129.6], [0, 50, 100, 150]],
    [[-2.9, 16.2], [-5, 0, 5, 10, 15, 20]],
    [[200, 221], [0, 100, 200, 300]],
    [[0.5], [0, 0.2, 0.4, 0.6]],
  ])('%j -> %j', (values, expected) => {
    expect(niceTicks(values)).toEqual(expected);
  });

  it('copes with no values', () => {
    expect(niceTicks([])).toEqual([]);
    expect(niceStep(0)).toBe(1);
  });
});
