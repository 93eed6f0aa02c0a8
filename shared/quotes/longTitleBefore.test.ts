import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a long title opening with one capitalised word before a full name (issue 14)', () => {
  it('gives the words to the full name right before the verb', () => {
    expect(
      speakers(
        'The trial ended on Friday. East of Wales chief coroner Idris Pugh said the deaths had "shaken the whole valley".',
        'en',
      ),
    ).toEqual(['Idris Pugh']);
  });

  it('names nobody when "and" may join two speakers', () => {
    expect(
      speakers(
        'The trial ended on Friday. Amega of the valley council and coroner Idris Pugh said the deaths had "shaken the whole valley".',
        'en',
      ),
    ).not.toEqual(['Idris Pugh']);
  });
});
