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

  it('names nobody for a person the text says it does not name', () => {
    // Neither the agency he works for nor the one pilot named is the speaker.
    expect(
      speakers(
        'On May 2, an unnamed senior EPA official defended the figures in the memo, saying "They are the best we have".',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Tom Grant, the airline chief, denied the claims. One anonymous pilot interviewed by the BBC accused the airline of "constant pressure".',
        'en',
      ),
    ).toEqual(['']);
    // "he" may be the unnamed official, not the man named before him.
    expect(
      speakers(
        'Tom Grant spoke to the board on Monday.\n\nReuters reported that an unnamed bank official confirmed the loan, and said the board had not seen it. "Nobody reads these papers," he reportedly said.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads a speaker after a quotation past an abbreviation with periods', () => {
    // "U.S." does not end the clause: the ambassador speaks, not the officer quoted before.
    expect(
      speakers(
        'Major Tom Grant said the roads were closed. "Nobody can pass," Grant said.\n\n"We will reopen them soon," the U.K. Ambassador Lisa Marsh said.',
        'en',
      ),
    ).toEqual(['Tom Grant', 'Lisa Marsh']);
  });

  it('makes a pronoun a guess when a capitalised title without a name stands before it', () => {
    // "he" may be the Minister the sentence asks about, not the spokesman quoted before.
    expect(
      speakers(
        'Tom Grant, the spokesman, said "We do not comment." He would not say whether the Minister knew of the memo at the time he was claiming that "no memo exists" in March.',
        'en',
      ),
    ).toEqual(['Tom Grant', '']);
  });

  it('reads a speech word with a determiner before it and an auxiliary after it as a noun', () => {
    // "the final report was …" is a clause of its own; Grant is the subject of "replied".
    expect(
      speakers(
        'Tom Grant spoke first. When asked why the final report was not published sooner Grant replied by saying that "it takes time".',
        'en',
      ),
    ).toEqual(['Tom Grant']);
  });

  it('does not give the words of a body described before "which" to the subject', () => {
    // The company speaks, not the union the sentence opens with.
    expect(
      speakers(
        'The union is not recognised by the company which calls the group "a front for its rivals".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads the subject of "called for" before it, as of a verb', () => {
    // The charity called for the account; the doctor quoted before did not.
    expect(
      speakers(
        'Tom Grant said, "There are no words." Oxfam has called for "a transparent account" of the raid.',
        'en',
      ),
    ).toEqual(['Tom Grant', '']);
    expect(
      speakers(
        '"We cannot reach them," Tom Grant said. Human Rights Watch has called for "an independent inquiry" into the raid.',
        'en',
      ),
    ).toEqual(['Tom Grant', 'Human Rights Watch']);
  });

  it('does not give a post of a body written in lower case to the person just reported', () => {
    // The charity's chief executive is not named; the field worker holds another post.
    expect(
      speakers(
        'Field worker Tom Grant said, "We saw the planes." Oxfam has called for "a full account" with the charity\'s chief executive complaining patients "were left without care".',
        'en',
      ),
    ).toEqual(['Tom Grant', '', '']);
  });

  it("reads a speech verb after an age and an apposition as the subject's", () => {
    // Amina speaks in the sentence before the cueless quotation; the officer does not go on.
    expect(
      speakers(
        '"The roads are closed," said police officer Tom Grant. He described long queues, including "a line of trucks ten miles long".\n\nDriver Amina, 41, a nurse, said the queue had not moved for hours. "We have been sitting here since dawn and nobody tells us anything."',
        'en',
      ),
    ).toEqual(['Tom Grant', 'Tom Grant', 'Amina']);
  });

  it('does not resolve a pronoun to the person its own clause names as an object', () => {
    // "He" criticizes Grant, so "He" is not Grant; the article does not settle who he is.
    expect(
      speakers(
        'Senator Tom Grant backed the plan last week. He also criticizes Grant for his record, labeling Grant as a "puppet of the developers".',
        'en',
      ),
    ).toEqual(['']);
  });
});
