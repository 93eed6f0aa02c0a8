import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a voicing or naming verb inside a reported clause (issue 14)', () => {
  it('gives the words to the person the clause names, not the reporter', () => {
    expect(speakers('Police said Tom Reed had shouted "get back" at the guards.', 'en')).toEqual([
      'Tom Reed',
    ]);
    expect(
      speakers('Anna Berg said that Tom Reed had called the bridge "a death trap".', 'en'),
    ).toEqual(['Tom Reed']);
  });
});
