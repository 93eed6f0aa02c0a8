import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty (issue 14): round nineteen held-out wrong names', () => {
  it('does not take a nationality in the plural for a speaker', () => {
    // The words are the columnist's, about the Koreans; the plural names a group, not a person.
    expect(
      speakers(
        'Her exit as a columnist was announced after she was caught on video saying: "This is their land, not ours," and that Koreans should "leave the island now" and "they should go back" to Seoul.',
        'en',
      ),
    ).toEqual(['', '', '']);
    expect(
      speakers('"We want the road reopened," Palestinians at the crossing told reporters.', 'en'),
    ).toEqual(['']);
  });

  it("gives the words to the holder of a title after a plural's possessive apostrophe", () => {
    // The company is whose chairman he is; the chairman speaks.
    expect(
      speakers(
        'In a statement, Acme Motors\' Chairman Tom Grant said, "We cannot keep this plant open."',
        'en',
      ),
    ).toEqual(['Tom Grant']);
    expect(
      speakers('Northern Mills\' chairman Tom Grant said: "The plant stays open."', 'en'),
    ).toEqual(['Tom Grant']);
  });
});
