import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round sixteen (issue 14): the wrong names', () => {
  it('names no organisation for a capitalised adjective before a plural or the press', () => {
    // «Немецкая пресса», «Бывшие советские дипломаты», "Korean officials": descriptions of
    // unnamed people, not names.
    expect(
      speakers(
        'Немецкая пресса пишет: «переговоры зашли в тупик». Бывшие советские дипломаты назвали встречу «провалом».',
      ),
    ).toEqual(['', '']);
    expect(
      speakers('Korean officials have warned the flood is now a "grave danger" to the city.', 'en'),
    ).toEqual(['']);
  });

  it('keeps the name of a body written as an adjective and a singular noun', () => {
    expect(speakers('Русский музей сообщил, что картина «была подделкой».')).toEqual([
      'Русский музей',
    ]);
  });

  it('reads no inverted subject after an English verb joined by "and"', () => {
    // "and said the Treaty "…"": the treaty is what was spoken of; the subject is the senator.
    expect(
      speakers(
        'Senator Ann Hale criticised "the hurried drafting of the text" and said the Treaty "leaves every question open."',
        'en',
      ),
    ).toEqual(['Ann Hale', 'Ann Hale']);
  });

  it('does not run a quotation on to the last speaker past "the" and common nouns', () => {
    // "the youth wing said" / "stated the party": a body the text does not name, not the
    // spokesman quoted before.
    expect(
      speakers(
        'Spokesman Ken Dube said the claims were false. "We reject this," he said.\n\nThe youth wing of the party backed the leader. It expressed its anger at the reports.\n\n"The press is biased," the youth wing said. "It is plain to see," stated the party.',
        'en',
      ),
    ).toEqual(['Ken Dube', '', '']);
  });

  it('leaves "he said" unshown when a new paragraph opens with another subject', () => {
    // The new paragraph's subject, named by surname alone, may be "he"; the man quoted before
    // is a guess.
    expect(
      speakers(
        'Midfielder Tom Reyes was upset. "We lost our shape," he told reporters.\n\nKowalczyk was pleased with his side\'s win. "We pressed well," he said. "The goals came early."',
        'en',
      ),
    ).toEqual(['Tom Reyes', '', '']);
  });

  it('does not give "the mother said" to the father quoted just before', () => {
    expect(
      speakers(
        'Police charged Mark Olsen, 50, and Jane Olsen, 48.\n\nThe father said "I never hurt them."\n\nThe mother said "I want to see them again."',
        'en',
      ),
    ).toEqual(['Mark Olsen', '']);
  });

  it('reads no inverted subject after an English verb joined by "but" either', () => {
    expect(
      speakers(
        'Senator Ann Hale praised "the careful drafting of the text" but said the Treaty "leaves every question open."',
        'en',
      ),
    ).toEqual(['Ann Hale', 'Ann Hale']);
  });

  it('does not run words on to the person a cue has for its object', () => {
    // "described him as": the newspaper speaks about the president quoted before.
    expect(
      speakers(
        'President Paul Mensah said: "I am proud of my country." The remarks came after the Evening Star described him as a "reckless showman."',
        'en',
      ),
    ).toEqual(['Paul Mensah', '']);
  });

  it('does not give words far from their verb to the subject they name', () => {
    // The form's checkers say «Гордеев должен», not Гордеев himself.
    expect(
      speakers(
        'Сообщается, что при подаче заявления Иван Гордеев указал, что не имеет долгов в России и за её пределами, «однако известно, что в Казахстане Гордеев должен крупную сумму».',
      ),
    ).toEqual(['']);
  });

  it('reads a plural noun and a place after it as unnamed people, not the place as a person', () => {
    expect(
      speakers(
        'On the day of the storm, residents on the small Corsic island of Pella claimed to have seen a "huge wave" hit the shore. "I have never seen the sea so high," one said.',
        'en',
      ),
    ).toEqual(['', '']);
  });

  it("gives a band's own account's words to the band, not to a member", () => {
    // "official" qualifies the account here; it is no post a person holds.
    expect(
      speakers(
        'On Monday, Dana O\'Reilly, lead singer of Irish rock band The Larks, was found dead.\n\nThe official twitter handle of The Larks posted a message saying, "We are heartbroken at the loss of our friend Dana."',
        'en',
      ),
    ).toEqual(['Larks']);
  });
});
