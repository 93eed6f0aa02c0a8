import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('someone named only through another person (issue 14): nobody named', () => {
  it('does not take the owner of an English possessive for the speaker', () => {
    expect(speakers('John Smith\'s lawyer said: "He is innocent."', 'en')).toEqual(['']);
    expect(speakers('"He is innocent," John Smith’s lawyer said.', 'en')).toEqual(['']);
    expect(speakers('Mary Jones’s husband said: "She is innocent."', 'en')).toEqual(['']);
    // A name after the apposition is the speaker.
    expect(speakers('John Smith’s lawyer, Mary Jones, said: "He is innocent."', 'en')).toEqual([
      'Mary Jones',
    ]);
  });

  it('does not take the client of "a lawyer representing" for the speaker', () => {
    expect(speakers('A lawyer representing John Smith said: "He is innocent."', 'en')).toEqual([
      '',
    ]);
  });
});
