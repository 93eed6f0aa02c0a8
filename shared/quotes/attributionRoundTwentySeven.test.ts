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

  it('gives the words to the subject of the subordinate clause the cue is in', () => {
    expect(
      speakers(
        'Tom Ferris accused Prime Minister Anna Berg of meddling, after Berg called for "calm" on Friday.',
        'en',
      ),
    ).toEqual(['Anna Berg']);
  });

  it('reads the speech verb after a report the sentence is framed by', () => {
    expect(
      speakers(
        'According to a City Wire report, former aide Tom Ferris ran the office for years, and told City Wire that the files "were never read".',
        'en',
      ),
    ).toEqual(['Tom Ferris']);
    // A source that is no report still frames the sentence.
    expect(
      speakers('According to Anna Berg, the minister said the plan was "dead".', 'en'),
    ).toEqual(['Anna Berg']);
  });

  it('does not carry the source of a phrase credited inside a sentence to the next paragraph', () => {
    const found = speakers(
      'Tom Ferris spoke about the war and, according to Radio Sud, the "war on drugs".\n\n"We need to talk about it openly, all of us, every day."',
      'en',
    );
    // The phrase keeps its source; the next paragraph's words are not the source's.
    expect(found[0]).not.toBe('');
    expect(found[1]).toBe('');
  });
});
