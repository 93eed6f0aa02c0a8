import { describe, expect, it } from 'vitest';
import { expandOrganisationName } from './expandOrganisationName';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('"the court said" where the text brought in a court unnamed (issue 14)', () => {
  it('names no body, not the last court named in full', () => {
    expect(
      speakers(
        'A court in Lyon cleared Anna Berg on Monday. The ruling had been quashed by the High Court of Review in May. The court said there was no "clear and solid" proof.',
        'en',
      ),
    ).toEqual(['']);
    const text = 'An independent commission met. The Border Commission of Chad also met. ';
    expect(expandOrganisationName(text, 'the commission', text.length)).toBe('');
  });

  it('still spells out the body when only named ones were written', () => {
    const text = 'The Border Commission of Chad met on Monday. ';
    expect(expandOrganisationName(text, 'the commission', text.length)).toBe(
      'Border Commission of Chad',
    );
  });
});

describe('an English subject past one capitalised word and nouns ending in lower case', () => {
  it('is the full name after the nouns, an acronym among them or not', () => {
    expect(
      speakers(
        'Talks went on. Former UN arms inspector Tom Reed urged the council to act, stating, "Pressure from outside cures nothing."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});
