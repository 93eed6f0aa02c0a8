import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English pronoun with two people of its gender before it (issue 14)', () => {
  it('leaves the speaker empty when the later one is no subject and stands in another sentence', () => {
    expect(
      speakers(
        'Anna Berg met Tom Reed. Then Tom Reed met Sarah Hill. "We cannot pay," she said.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('takes the one person of the pronoun’s gender among others', () => {
    expect(speakers('Tom Reed met Sarah Hill on Monday. "We cannot pay," she said.', 'en')).toEqual(
      ['Sarah Hill'],
    );
    expect(speakers('Sarah Hill met Tom Reed on Monday. "We cannot pay," he said.', 'en')).toEqual([
      'Tom Reed',
    ]);
  });
});
