import { describe, expect, it } from 'vitest';
import { expandOrganisationName } from './expandOrganisationName';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-seven (issue 14): never the wrong name', () => {
  it('spells out an acronym as the capitalised words the text gives it', () => {
    const text =
      'A Clean Water Council report was published. The Farmers Union of Kent (FUK) agreed.';
    expect(expandOrganisationName(text, 'CWC', text.length)).toBe('Clean Water Council');
    expect(expandOrganisationName(text, 'FUK', text.length)).toBe('Farmers Union of Kent');
    // Initials inside a longer run spell nothing: "Interim Arab Parliament" is not "AP".
    expect(expandOrganisationName('The Interim Arab Parliament met.', 'AP', 30)).toBe('AP');
    expect(
      speakers(
        'The Movement for Clean Rivers (MCR) met on Monday. "We will not stop here," the MCR said.',
        'en',
      ),
    ).toEqual(['Movement for Clean Rivers']);
  });

  it('gives a bare organisation noun the full name written before it', () => {
    expect(
      speakers(
        'The Water Rights Commission of Kent has condemned the plan. "It must stop," the Commission said.',
        'en',
      ),
    ).toEqual(['Water Rights Commission of Kent']);
    // "the organization" that no name holds describes a body and names none.
    expect(
      speakers(
        'Friends of the Lakes have appealed. The green organization said more. "It is unacceptable," the organization said.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads the cue after a nested quotation closing with the outer one', () => {
    expect(
      speakers(
        'The Clean Water Council has condemned it. “Firms see each fine as a warning to ‘behave,’” the council said on Monday.',
        'en',
      ),
    ).toEqual(['Clean Water Council']);
  });

  it('leaves an unnamed reporter or witness unnamed, not the outlet or a place', () => {
    expect(
      speakers('Talks failed. A CNN correspondent said that "both sides want calm."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Troops attacked Bir Sala in May. One witness of the Bir Sala attack reported, "The planes came at dawn."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('does not give a pronoun to the person someone dressed up as', () => {
    expect(
      speakers(
        'At the rally a young activist dressed as Tom Ferris and begged for help. "I miss my home," he said.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads a hyphenated title and a possessive surname after a hyphenated first name', () => {
    expect(
      speakers(
        'The summit heard Deputy Secretary-General Mary-Ann Kobuto\'s remarks calling the vote "a grave crisis".',
        'en',
      ),
    ).toEqual(['Mary-Ann Kobuto']);
  });

  it('gives no member the words of the group the sentence opens with', () => {
    expect(
      speakers(
        'On Friday, forty leaders, including Tom Ferris and Anna Berg, criticized the vote in a letter, demanding an end to "the violence".',
        'en',
      ),
    ).toEqual(['']);
    // A group after a verb is its object; the subject speaks.
    expect(
      speakers(
        'Tom Ferris criticized the leaders, including Anna Berg, saying the vote was "a sham".',
        'en',
      ),
    ).toEqual(['Tom Ferris']);
  });
});
