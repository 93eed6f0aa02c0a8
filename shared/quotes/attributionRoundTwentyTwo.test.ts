import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-two (issue 14): blanks a rule can fill without a wrong name', () => {
  it('carries the words on through a sentence that named someone before its first quotation', () => {
    // Tom Hill is what the speaker talks about, named before her first phrase: the third phrase
    // of her sentence is still hers.
    expect(
      speakers(
        'Jane Porter, another teacher at the school, said Tom Hill is "well-liked", "very patient", and that his years abroad made him "the best of the best."',
        'en',
      ),
    ).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter']);
    expect(
      speakers(
        'Учительница Анна Котова сказала, что Иван Петров «очень терпелив» и что годы за границей сделали его «лучшим из лучших».',
        'ru',
      ),
    ).toEqual(['Анна Котова', 'Анна Котова']);
  });

  it('carries the words on past a person the same sentence names without making him speak', () => {
    // Smith and the governor are named between the two phrases, as what the speaker talks
    // about, not as a speaker.
    expect(
      speakers(
        'Mayor Tom Smith spoke on Monday. Senator Mary Cole, the ranking member of the committee, said Smith\'s "contempt for the council is not just rude, it is dangerous" and questioned whether Smith was trying to "bury the report."',
        'en',
      ),
    ).toEqual(['Mary Cole', 'Mary Cole']);
    expect(
      speakers(
        'Президент Олег Ветров заявил, что «собрал руководителей спецслужб» и поручил им спасти жизнь губернатора Ивана Сомова, иначе «его просто убили бы».',
        'ru',
      ),
    ).toEqual(['Олег Ветров', 'Олег Ветров']);
  });

  it('reads a capitalised adjective opening the sentence as no body, so nothing is carried on', () => {
    // «Связанное» agrees with «агентство»; the agency's name is in Latin letters and is not
    // read, so both quotations stay blank rather than go to the adjective.
    expect(
      speakers(
        'Связанное с группировкой агентство Amaq назвало нападавшего своим «солдатом», который «выполнил приказ командования».',
        'ru',
      ),
    ).toEqual(['', '']);
  });

  it('gives a cueless phrase to the sentence subject past a name in an oblique case', () => {
    // «Сердюковым» is instrumental, the agent of the visit, not a second subject; a name in
    // the nominative between them still leaves the phrase blank.
    expect(
      speakers(
        'Премьер-министр Японии Кэндзи Сато назвал посещение двух из этих островов министром обороны России Анатолием Сердюковым «в высшей степени достойным сожаления».',
        'ru',
      ),
    ).toEqual(['Кэндзи Сато']);
    expect(
      speakers(
        'Премьер-министр Японии Кэндзи Сато назвал посещение островов, которое устроил министр обороны России Анатолий Сердюков, «в высшей степени достойным сожаления».',
        'ru',
      ),
    ).toEqual(['']);
  });

  it('reads a sentence-opening word as the surname of a full name written inside a sentence', () => {
    // The name reader misses "Gareth Wilkins" after two possessives and "Shyam Sarin" after a
    // title; the surname opening the next sentence could be any word but for that full name.
    expect(
      speakers(
        'Orbits of the new moons were calculated by the Astronomical Union\'s Minor Planet Center\'s Gareth Wilkins. Wilkins explained, "It takes several observations to confirm an object really is a moon."',
        'en',
      ),
    ).toEqual(['Gareth Wilkins']);
    expect(
      speakers(
        'The talks were led by the Foreign Secretary, Shyam Sarin. Sarin described the talks as friendly and said "we have shared with the United States our plans for the future."',
        'en',
      ),
    ).toEqual(['Shyam Sarin']);
    // In Russian the same: the full name was written inside a split quotation's attribution.
    expect(
      speakers(
        '«Мы продлили новый сезон на восемь процентов, — сказал губернатор области Николай Соловьёв. — Это наш приоритет».\n\nДороги отремонтируют к осени.\n\nСоловьёв отметил: «Спортивная система продлила программу до конца года».',
        'ru',
      ).at(-1),
    ).toBe('Николай Соловьёв');
  });

  it('takes no body or title written before the word for a first name', () => {
    // "the Senate Republicans" has a determiner before it, "Secretary-General" is a title.
    expect(
      speakers(
        'The bill was opposed by the Senate Republicans on Monday. Republicans said, "This bill will cost far too much money for what it does."',
        'en',
      ),
    ).toEqual(['']);
    // Round twenty-seven reads "Secretary-General" as a role, so "Ban" is the titled person
    // named at the cue, not a first name completed by the title.
    expect(
      speakers(
        'The agency is led by Secretary-General Ban. Ban said, "We will continue to work with every side on this difficult question."',
        'en',
      ),
    ).toEqual(['Ban']);
  });

  it('leaves "he" blank after a sentence where one man asked another of his gender to act', () => {
    // Reed asked Cole to open the fair: either may be the "he" who told the crowd, so neither is
    // named, and the guess is not carried on to the next quotation; with nobody asked, "he" is
    // Reed.
    expect(
      speakers(
        'Thousands came to the fair, which Governor Tom Reed and Senator Bill Cole support. Reed specifically asked Senator Bill Cole to open the fair. "Farming is winning in Ohio!" he told the crowd, noting that he serves under "a governor who I proudly say stands for farmers."',
        'en',
      ),
    ).toEqual(['', '']);
    expect(
      speakers(
        'Governor Tom Reed asked the crowd to stay calm. "Farming is winning in Ohio!" he told them.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });
});
