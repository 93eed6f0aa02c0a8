import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-two, Russian', () => {
  it('reads the subject before a relative clause that holds a title in marks', () => {
    expect(
      speakers(
        'Режиссёр Иван Петров продал студию. После сделки Петров, который останется продюсером нового «Морского патруля», заявил: «Я наконец свободен».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'Актриса Мария Котова ушла из театра. Котова, сыгравшая в спектакле «Чайка», сказала: «Мне нужен отдых».',
      ),
    ).toEqual(['Мария Котова']);
  });

  it('does not give a title before a comma the verb whose colon opens the next quotation', () => {
    // The title is no quotation, and the verb is not its attribution.
    expect(
      speakers('Иван Петров, который снимал «Морской патруль», заявил: «Я наконец свободен».'),
    ).toEqual(['Иван Петров']);
    // After a dash the verb does belong to the quotation before it.
    expect(speakers('«Мы закончили съёмки», — заявил Иван Петров.')).toEqual(['Иван Петров']);
  });
});
