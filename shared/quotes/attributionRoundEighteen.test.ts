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
});
