import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-one (issue 14): blanks a rule can fill', () => {
  it('reads «оратор» as a title written with the name, so its sentence is the named man’s', () => {
    // "Оратор, 25-летний Пётр Сидоров" is an apposition: the speaker is the man it names.
    expect(
      speakers(
        'Оратор, 25-летний Пётр Сидоров, обращается к залу, призывает слушателей «беречь лес».',
        'ru',
      ),
    ).toEqual(['Пётр Сидоров']);
  });

  it('carries the words on into a sentence whose subject is the title written with the name', () => {
    // The second sentence's subject is the title the first one gave the speaker.
    expect(
      speakers(
        'Оратор, 25-летний Пётр Сидоров, призывает слушателей «беречь лес». Оратор просит их писать в мэрию, «если они хотят, чтобы рубки прекратились».',
        'ru',
      ),
    ).toEqual(['Пётр Сидоров', 'Пётр Сидоров']);
  });

  it('gives the words to the full name closing a title of an organisation, not the organisation', () => {
    // «Фонда» is what the title is of; the unfamiliar first name after the bracketed aside is
    // the holder's, and the later «он» is the holder too.
    expect(
      speakers(
        '«Мы будем судиться», — заявил президент Фонда защиты рек (River Defence Fund) Тор Ульвессен (Thor Ulvessen). «Это только начало», — продолжил он.',
        'ru',
      ),
    ).toEqual(['Тор Ульвессен', 'Тор Ульвессен']);
  });
});
