import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

describe('attribution, round eighteen (issue 14): wrong names', () => {
  it('names nobody for an unnamed representative of a body or a country', () => {
    // The body or the nationality is whom he speaks for; the text does not name him.
    expect(
      speakers(
        'Flights were halted. A spokesperson for the airline Qantas said "safety comes first for every passenger".',
        'en',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'The park stayed shut. An anonymous senior Canadian military source told Reuters, "We were outnumbered and outgunned."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still names a representative the text names', () => {
    expect(
      speakers(
        'Flights were halted. A Qantas spokesperson, Tom Lee, said "safety comes first for every passenger".',
        'en',
      ),
    ).toEqual(['Tom Lee']);
  });

  it('reads a name after an adverbial and before its role as the subject of an inverted verb', () => {
    // The company is what the role is of; the customer, named before it, speaks.
    expect(
      speakers(
        '«Связь стала лучше», — сообщила в прошлом месяце Джейн Уорли, клиентка Rogers, пользующаяся безлимитным тарифом.',
      ),
    ).toEqual(['Джейн Уорли']);
  });

  it('shows a feminine role in -ка in the nominative', () => {
    const [quote] = detectQuotes(
      '«Связь стала лучше», — сообщила Мария Котова, гражданка Франции.',
      {
        language: 'ru',
      },
    );
    expect(quote?.role).toBe('гражданка Франции');
  });

  it('takes the person "из" a place, not the state named after «штат»', () => {
    // «Дитрих» ends like an adjective, but «из» places a person; «штат Техас» is a place.
    expect(
      speakers(
        '«Это работает», — говорит Ульрих из офиса фирмы в Остине, штат Техас, где это разрешено.',
      ),
    ).toEqual(['Ульрих']);
  });

  it('names nobody for "a" and a noun before a preposition, past a clause opening the sentence', () => {
    // The hotel is where the unnamed waiter works; "While …," is a clause of its own.
    expect(
      speakers(
        'While Lee\'s colleagues declined to comment to The Daily Star, a waiter at the Grand Harbour Hotel, who saw the crash, stated, "It was over in seconds."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('takes the full name after a country and a capitalised title', () => {
    expect(
      speakers(
        'Despite reports that Central Intelligence Agency (CIA) Director John Reed was fired over the leak, United States President Ann Hale on Friday told CBS that "this whole affair" was among her reasons.',
        'en',
      ),
    ).toEqual(['Ann Hale']);
  });

  it('reads a role and its holder after a dotted abbreviation and a body', () => {
    expect(
      speakers(
        'Later that day, former U.S. Department of Justice spokesperson Tom Miller described it as "completely wrong".',
        'en',
      ),
    ).toEqual(['Tom Miller']);
  });

  it('does not run a quotation on past a sentence whose subject is someone else', () => {
    // The quotation after Sanders' sentence is hers, not the last speaker's.
    expect(
      speakers(
        'Justice spokesperson Tom Miller called it "completely wrong" and left.\nDeputy Press Secretary Sarah Sanders disagreed with Miller\'s view. "I do not see it as a conflict at all."',
        'en',
      ),
    ).toEqual(['Tom Miller', 'Sarah Sanders']);
  });

  it('reads the subject after "what", and the body a relation word leads to', () => {
    expect(
      speakers(
        'The Carter administration has faced what The Boston Globe calls a "quiet war on reporters".',
        'en',
      ),
    ).toEqual(['Boston Globe']);
    expect(
      speakers(
        'The aquarium closed in June. ZSL operator Lam Kee Corporation described Lee as a "gentle and careful keeper".',
        'en',
      ),
    ).toEqual(['Lam Kee Corporation']);
  });

  it('skips a long opening clause of a preposition and a gerund', () => {
    expect(
      speakers(
        'In addition to helping the Ministry of Labour\'s (MOL) Workplace Safety and Health Unit with its inquiry, Acme Holdings has promised the family "every possible help".',
        'en',
      ),
    ).toEqual(['Acme Holdings']);
  });

  it('names nobody for a role whose recent subject is one word, a body it may work for', () => {
    expect(
      speakers(
        'Jean Dupont, the Chief Executive of Orbix, thanked the team. Tom Reed thanked Orbix for the launch. The Badr-6 programme manager stated that "this is a proud day for all of us".',
        'en',
      ),
    ).toEqual(['']);
  });
});
