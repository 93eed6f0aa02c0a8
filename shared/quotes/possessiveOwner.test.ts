import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

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

describe('a body whose name holds no organisation noun of the usual kind (issue 14)', () => {
  it('is an organisation, and never a person named by its last word', () => {
    const [watch] = detectQuotes('The ban drew fire. Press Rights Watch said: "It is wrong."', {
      language: 'en',
    });
    expect(watch?.speaker).toBe('Press Rights Watch');
    expect(watch?.speakerKind).toBe('organisation');
    expect(
      speakers('The ban drew fire. Teachers Without Borders said: "It is wrong."', 'en'),
    ).not.toContain('Borders');
  });

  it("never leaves a facility's last word to be read as a person", () => {
    expect(
      speakers(
        'At the press conference, held at Ndali International Airport in Porto, Okoro thanked Reed for coming and praised him for his "great care for the region."',
        'en',
      ),
    ).not.toContain('Airport');
  });
});
