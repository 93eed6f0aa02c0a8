import { describe, expect, it } from 'vitest';
import { isSameJson } from './isSameJson';

describe('isSameJson', () => {
  it('compares values, not the order of keys', () => {
    expect(isSameJson({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBe(true);
    expect(isSameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(isSameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(isSameJson([], {})).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
    expect(isSameJson('1', 1)).toBe(false);
  });
});
