import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-four (issue 14): blanks and misses, no wrong name', () => {
  it('reads the subject before a cue of several words after the quotation', () => {
    // English only: Russian cues of several words after a quotation invert their subject
    // («— задается вопросом Уилсон»), which was read already.
    expect(
      speakers(
        'Defence lawyer Tom Brandt spoke before sentencing. "His career is over and he knows it," he pointed out.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    expect(speakers('"His career is over and he knows it," Brandt pointed out.', 'en')).toEqual([
      'Brandt',
    ]);
    // A clause going on from the sentence before names no one.
    expect(
      speakers('Tom Brandt spoke. "His career is over," and pointed out the rest.', 'en'),
    ).toEqual(['']);
  });

  it('reads an object pronoun alone after "according to" as the speaker', () => {
    // Russian writes the pronoun inside the cue («по его словам»), read since round twelve.
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. According to him, the country "will never give in".',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. "We will never give in," according to him.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    // A pronoun of the other gender, or a possessive before a noun, is not he.
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. According to her, the country "will never give in".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads "said he" closing the clause as the speaker', () => {
    expect(
      speakers(
        'Witness Tom Brandt saw the blast. "The guards shouted at the truck to stop," said he.',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    // "said he was …" runs on: the verb belongs to the sentence, not to the quotation.
    expect(
      speakers(
        'Witness Tom Brandt saw the blast. "The guards shouted at the truck to stop," said he was there.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('reads initials written together before a surname as a person, behind a possessive, a title and a rank', () => {
    expect(
      speakers(
        'The talks were tense. "We will not be distracted," said Ruritania\'s National Security Advisor, Lieutenant General K.T. Bramley.',
        'en',
      ),
    ).toEqual(['K. T. Bramley']);
    expect(
      speakers(
        'Переговоры шли трудно. «Мы не отвлечёмся», — сказал советник по безопасности генерал К.Т. Брамли.',
        'ru',
      ),
    ).toEqual(['К. Т. Брамли']);
    // A place's initials before an organisation's name stay one word, as before.
    expect(
      speakers(
        'The U.S. Department of Agriculture notes: "Ozone harms more plants than any other pollutant."',
        'en',
      ),
    ).toEqual(['U.S']);
  });

  it('reads a genitive name whose first name the list lacks, after a role and a place, for a pronoun', () => {
    expect(
      speakers(
        'По словам шерифа округа Харрис Кэла Гонзалеса, полиция работает. «Всего пострадали восемь человек», — сообщил он.',
        'ru',
      ),
    ).toEqual(['Кэл Гонзалес']);
    // A pronoun of the other gender does not reach him.
    expect(
      speakers(
        'По словам шерифа Кэла Гонзалеса, полиция работает. «Всего пострадали восемь человек», — сообщила она.',
        'ru',
      ),
    ).toEqual(['']);
    // English names show no case: the class is Russian only.
  });

  it('reads an emphatic pronoun before a name as no part of the name', () => {
    expect(
      speakers(
        'Маргарет Холт жила в Лондоне. Сама Холт описывала своё жилище как «светлое и тихое».',
        'ru',
      ),
    ).toEqual(['Маргарет Холт']);
    expect(speakers('Сама Холт заявила: «Жилище светлое».', 'ru')).toEqual(['Холт']);
    // English writes "herself" after the name ("Holt herself said"): the class is Russian only.
  });

  it('finds a short quotation joined to the one before by "and" and an article', () => {
    expect(
      speakers('Pope Clement described the ban as a "very grave error" and a "cruel law".', 'en'),
    ).toEqual(['Clement', 'Clement']);
    // Russian has no article: «назвал закон «ошибкой» и «жестоким»» was read already.
    expect(
      speakers('Министр Иван Петров назвал запрет «тяжёлой ошибкой» и «жестоким законом».', 'ru'),
    ).toEqual(['Иван Петров', 'Иван Петров']);
  });

  it('finds a short capitalised span after a verb of judging and "a"/"an" as a quotation', () => {
    expect(
      speakers(
        'Ruritania reacted by calling the Prime Minister of Borduria, Tom Brandt, an "Eastern Caesar" on Wednesday.',
        'en',
      ),
    ).toEqual(['']);
    // Found; the person named between makes the speaker contested, so it stays blank, never
    // Tom Brandt.
    // A span that modifies a noun after it is a name, as before.
    expect(speakers('Critics called it a "Green Mile" project.', 'en')).toEqual([]);
    // Without the article it is a name given, as before.
    expect(speakers('They called the plan "Operation Freedom".', 'en')).toEqual([]);
  });

  it('reads a subject pronoun right after "which" or "whom" as the verb\'s own', () => {
    expect(
      speakers(
        'President Tom Brandt spoke on Monday. The last question asked whether the council would resign, to which he replied "We will never resign."',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    expect(
      speakers(
        'Curator Tom Brandt spoke of the rays, which he described as a "band of friends".',
        'en',
      ),
    ).toEqual(['Tom Brandt']);
    // Russian puts the pronoun anywhere in the clause («на что он ответил», «которых назвал он»):
    // not written.
  });
});
