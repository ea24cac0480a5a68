import { describe, expect, it } from 'vitest';
import { isPlainEqual } from './plain-equal';

describe('isPlainEqual', () => {
  it('compares plain data by content', () => {
    expect(isPlainEqual({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(isPlainEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  it.each([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: undefined }],
    [{ a: undefined }, { b: undefined }],
    [new Map([[1, 1]]), new Map([[1, 2]])],
    [new Date(0), new Date(1)],
    [[1, 2], [1, 2, 3]],
    [[1], { 0: 1 }],
    [{ a: null }, { a: {} }],
    ['1', 1],
  ])('tells %j from %j', (a, b) => {
    expect(isPlainEqual(a, b)).toBe(false);
  });
});
