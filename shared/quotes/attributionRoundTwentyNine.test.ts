import { describe, expect, it } from 'vitest';
import { expandOrganisationName } from './expandOrganisationName';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-nine (issue 14): never the wrong name', () => {
  it('takes neither a newspaper nor the word after it for the speaker of a colon introduction', () => {
    // "Post" ends the paper's name and "comment" after "a" is a noun: no cue names "Lakeland".
    expect(
      speakers(
        'Talks went on. In a comment to the Lakeland Post, Dutch army Major Piet Smit shared a similar view: "The army must look at what they want."',
        'en',
      ),
    ).not.toContain('Dutch');
    expect(
      speakers(
        'Talks went on. In a comment to the Lakeland Times, Major Piet Smit shared a similar view: "The army must look at what they want."',
        'en',
      ),
    ).not.toContain('Lakeland Times');
  });

  it("leaves a country's unnamed commander unnamed, not the country", () => {
    expect(
      speakers(
        'Talks failed. A South Sudanese army commander told the radio that "more strikes will follow soon."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('gives partials in a reported clause to the reporter, not to its subject', () => {
    expect(
      speakers(
        'Jan Novak, the prime minister, said the deal was a "historic mistake" and said the Greeks had agreed only to "cosmetic concessions" that "can be undone by the Greeks within weeks".',
        'en',
      ),
    ).toEqual(['Jan Novak', 'Jan Novak', 'Jan Novak']);
  });

  it('spells out a mixed-case acronym the text defines', () => {
    const text = 'The Kingdom of Spain Ministry of Health (MoH) met. The MoH said more.';
    expect(expandOrganisationName(text, 'MoH', text.length)).toBe(
      'Kingdom of Spain Ministry of Health',
    );
    // Undefined, it spells nothing: "MoH" stays as written.
    expect(expandOrganisationName('A Ministry of Health report. MoH agreed.', 'MoH', 40)).toBe(
      'MoH',
    );
    expect(
      speakers(
        'Later the Kingdom of Spain Ministry of Health (MoH) met. The MoH also informed citizens, citing that "even small rallies can turn violent."',
        'en',
      ),
    ).toEqual(['Kingdom of Spain Ministry of Health']);
  });

  it("does not run the last speaker's words on into a paragraph opening with another full name", () => {
    expect(
      speakers(
        'Anna Berg has taken to Twitter with this message: "We will win. Thanks."\n\nSomchai Pattana-udom, a student who has rallied people, offered his own view on Facebook. "Raising three fingers has become a symbol in calling for basic political rights".',
        'en',
      ),
      // Round thirty-three reads the sentence before, whose subject the apposition shows to
      // be a person, as the speaker's: the right name, and still not Anna Berg.
    ).toEqual(['Anna Berg', 'Somchai Pattana-udom']);
  });

  it('does not make surer a pronoun adding to a quotation whose speaker was unsure', () => {
    expect(
      speakers(
        'Talks failed. A spokesman for Omar Bashir, Ali Hassan, in a briefing for reporters said: "The units defending the city will fight to the end, whatever it costs them."\n\nThose dogs will be crushed tonight\n\n— Omar Bashir\n\n"We hold the foreign leaders responsible for every death in this country," he added.',
        'en',
      ),
    ).not.toContain('Omar Bashir');
  });
});
