import { describe, expect, it } from 'vitest';
import { isBroadPrefixQuery } from './isBroadPrefixQuery';

describe('isBroadPrefixQuery', () => {
  it('holds for one word being typed, up to three letters', () => {
    expect(isBroadPrefixQuery('пр')).toBe(true);
    expect(isBroadPrefixQuery('пре')).toBe(true);
    expect(isBroadPrefixQuery('in')).toBe(true);
    expect(isBroadPrefixQuery('Inf')).toBe(true);
  });

  it('does not hold for longer prefixes, finished words or several words', () => {
    expect(isBroadPrefixQuery('през')).toBe(false);
    expect(isBroadPrefixQuery('infl')).toBe(false);
    expect(isBroadPrefixQuery('пр ')).toBe(false);
    expect(isBroadPrefixQuery('налоговая ре')).toBe(false);
    expect(isBroadPrefixQuery('п')).toBe(false);
    expect(isBroadPrefixQuery('')).toBe(false);
  });
});
