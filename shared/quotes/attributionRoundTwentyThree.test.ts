import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

describe("attribution, round twenty-three (issue 14): round twenty-two's wrong names, by class", () => {
  it('reads a day or a month inside a sentence as no speaker', () => {
    // "Thursday" is capitalised inside the sentence like a surname, and stands where the name
    // before a colon would; Russian writes days in lower case, so the class is English only.
    expect(
      speakers(
        'Tom Hale arrived in Oslo on Monday. The council released a statement Thursday that urged calm: "We believe that talks are the only way out."',
        'en',
      ),
    ).toEqual(['']);
  });

  it("gives the words to the person after an organisation's possessive, not to the organisation's first words", () => {
    expect(
      speakers(
        'Jane Holt was there too. Northern Public Radio\'s Maria Lentz said "it is a quiet ban."',
        'en',
      ),
    ).toEqual(['Maria Lentz']);
    // "critics such as …" is contested; blank, never "Northern Public".
    expect(
      speakers(
        'The new rules drop the clause on minorities, which critics such as Northern Public Radio\'s Maria Lentz read as "a quiet ban."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads a place adjective before a lower-case title as no name', () => {
    expect(
      speakers(
        'Jane Holt was there too. In a country where speeches are rare, the young South Ruritanian leader on Sunday said, "Strength is no longer owned by empires."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('gives a judgement in a relative clause with its own subject to no one named', () => {
    // "member states" is a noun, not the cue "states"; the launch is what member states,
    // not the council, call provocative.
    expect(
      speakers(
        'The Security Council criticized Ruritania for a rocket launch that member states saw as a "provocative" move.',
        'en',
      ),
    ).toEqual(['']);
    // With a pronoun the clause's subject may be the sentence's own: unchanged.
    expect(
      speakers('Senator Tom Hale criticized the plan, which he called "a disaster".', 'en'),
    ).toEqual(['Tom Hale']);
  });

  it('carries no words on to the last speaker when others, or someone unnamed after the cue, say them', () => {
    expect(
      speakers(
        'Anna Holt said the injuries were "horrific". Others responded with posts calling the attack "monstrous".',
        'en',
      ),
    ).toEqual(['Anna Holt', '']);
    expect(
      speakers(
        'Анна Котова назвала случившееся «чудовищным». Другие ответили в соцсетях, назвав нападение «отвратительным».',
        'ru',
      ),
    ).toEqual(['Анна Котова', '']);
    // A cue after the quotation whose subject is a common noun: an unnamed relative, the
    // statement itself.
    expect(
      speakers(
        'Tom Hale wrote to the minister last year, "I have been in jail for two years now." Hale appealed the sentence." There were nine hearings and only one was open," said a relative.',
        'en',
      ),
    ).toEqual(['Tom Hale', '']);
  });

  it('takes the one a demand is addressed to for no speaker', () => {
    // Tom Hale is the object of "addressed"; "demanding" is Anna Holt's. Blank is enough: a
    // wrong name is worse than none.
    expect(
      speakers(
        'Anna Holt, head of the commission, visited the hospital, and she addressed Prime Minister Tom Hale demanding "stricter laws and more police". She said the injuries were "horrific".',
        'en',
      ),
    ).toEqual(['', 'Anna Holt']);
    // "quoted X saying" still makes X the speaker.
    expect(
      speakers('The newspaper quoted Mayor Tom Hale saying "the city will recover".', 'en'),
    ).toEqual(['Tom Hale']);
    // Russian puts the addressee in the dative, which was never read as the speaker.
    expect(
      speakers(
        'Глава комиссии Анна Котова обратилась к премьер-министру Ивану Петрову с требованием «ужесточить законы».',
        'ru',
      ),
    ).toEqual(['Анна Котова']);
  });

  it('opens a quotation whose mark slipped onto the end of the sentence before', () => {
    // Without the glued mark read as an opener, the senator's words were missed and the next
    // paragraph's quotation was carried on from the first speaker.
    expect(
      speakers(
        'Senator Tom Hale said, "A weak ban is still a ban."\n\nNot all of the reaction was hostile." I have always backed the plan," said Senator Mary Cole. "This order will protect the country."',
        'en',
      ),
    ).toEqual(['Tom Hale', 'Mary Cole', 'Mary Cole']);
    // A mark left unpaired earlier on the line may be the opener this one closes: the glued
    // mark closes the one opening the line (read as an opener since round thirty-three), and
    // the words after it are no quotation.
    expect(
      detectQuotes('" If the question comes up, who does he go to?" Barber asked.', {
        language: 'en',
      }).map((quote) => quote.text),
    ).toEqual(['If the question comes up, who does he go to?']);
  });

  it('gives words quoted "as saying" by "them" to the unnamed people, not the sentence subject', () => {
    expect(
      speakers(
        'Mary Cole, head of the pilots union, told reporters that the crews had complained three times, quoting them as saying to the tower "you lined us up far too close."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('gives a question asked right after an answer back to the one who asked before', () => {
    // Kennedy answered Holt's question; "she asked" is Holt's next turn, not Kennedy's.
    expect(
      speakers(
        'Anna Holt coached the soldiers.\n\n"OK, let us walk through this," Holt said. "Captain Kennedy, you take the first question and hand the mike to whom?"\n\n"Captain Smith," Kennedy said.\n\n"And who takes the second one?" she asked.',
        'en',
      ),
    ).toEqual(['Anna Holt', 'Anna Holt', 'Kennedy', 'Anna Holt']);
    // No question answered before: the pronoun is still the last speaker.
    expect(
      speakers(
        'Tom Kennedy spoke first.\n\n"We are ready," Kennedy said.\n\n"Who takes the second one?" he asked.',
        'en',
      ),
    ).toEqual(['Tom Kennedy', 'Tom Kennedy']);
  });
});
