import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-four (issue 14): blanks and misses, no wrong name', () => {
  it('reads the subject before a cue of several words after the quotation', () => {
    // English only: Russian cues of several words after a quotation invert their subject
    // («— задается вопросом Уилсон»), which was read already.
    expect(
      speakers(
        'Defence lawyer Tom Brandt spoke before sentencing. "His career is over and he knows it," he pointed out.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    expect(speakers('"His career is over and he knows it," Brandt pointed out.', 'en')).toEqual([
      'Brandt',
    ]);
    // A clause going on from the sentence before names no one.
    expect(
      speakers('Tom Brandt spoke. "His career is over," and pointed out the rest.', 'en'),
    ).toEqual(['']);
  });

  it('reads an object pronoun alone after "according to" as the speaker', () => {
    // Russian writes the pronoun inside the cue («по его словам»), read since round twelve.
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. According to him, the country "will never give in".',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. "We will never give in," according to him.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    // A pronoun of the other gender, or a possessive before a noun, is not he.
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. According to her, the country "will never give in".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads "said he" closing the clause as the speaker', () => {
    expect(
      speakers(
        'Witness Tom Brandt saw the blast. "The guards shouted at the truck to stop," said he.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    // "said he was …" runs on: the verb belongs to the sentence, not to the quotation.
    expect(
      speakers(
        'Witness Tom Brandt saw the blast. "The guards shouted at the truck to stop," said he was there.',
        'en',
      ),
    ).toEqual(['']);
  });
});
