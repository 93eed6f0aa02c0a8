import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English possessive with capitalised words after it (issue 14)', () => {
  it('gives the words to the person the possessive owns, past a place or a body', () => {
    expect(
      speakers(
        'The ban drew fire. Open Courts Forum\'s Asia head, Jan Novak, noted: "It is wrong."',
        'en',
      ),
    ).toEqual(['Jan Novak']);
    expect(
      speakers('The ban drew fire. Open Courts Forum\'s Jan Novak said: "It is wrong."', 'en'),
    ).toEqual(['Jan Novak']);
  });

  it('names nobody when only the owner is named', () => {
    expect(
      speakers('The ban drew fire. Anna Berg\'s New York lawyer said: "It is wrong."', 'en'),
    ).toEqual(['']);
  });
});
