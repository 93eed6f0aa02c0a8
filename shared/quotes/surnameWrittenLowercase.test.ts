import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a surname the article also writes in lower case (issue 14)', () => {
  it('stays a name when the article named the person in full before', () => {
    expect(
      speakers(
        'Senator Tom Gable has discussed the new gable slang. Gable criticized the press in a radio interview, saying, "It is offensive beyond anything a public figure should tolerate."',
        'en',
      ),
    ).toEqual(['Tom Gable']);
  });

  it('is still a common word when nobody of that surname was named', () => {
    expect(
      speakers(
        'The fund has no gables left to sell. Gables criticized the press in a radio interview, saying, "It is offensive beyond anything a public figure should tolerate."',
        'en',
      ),
    ).toEqual(['']);
  });
});
