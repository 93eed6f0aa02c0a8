import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a clause of place or time before the cue (issue 14): its own subject speaks', () => {
  it('gives the verb to the name or pronoun inside the clause', () => {
    expect(
      speakers('Иван Петров прилетел в Кабул, где Хамид Карзай отметил: «Мы рады гостям».'),
    ).toEqual(['Хамид Карзай']);
    expect(
      speakers(
        'Ivan Petrov flew to Kabul, where Hamid Karzai said: "We welcome our guests."',
        'en',
      ),
    ).toEqual(['Hamid Karzai']);
    expect(
      speakers('Anna Petrova flew to Kabul, where she said: "We came to listen."', 'en'),
    ).toEqual(['Anna Petrova']);
  });

  it('leaves a role nobody names there unnamed instead of giving the sentence subject', () => {
    expect(
      speakers('Иван Петров прилетел в Кабул, где президент отметил: «Мы рады гостям».'),
    ).toEqual(['']);
    expect(
      speakers(
        'Иван Петров прилетел в Кабул, когда министр заявил, что «переговоры прошли успешно».',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Ivan Petrov flew to Kabul, where the president said: "We welcome our guests."',
        'en',
      ),
    ).toEqual(['']);
  });

  it('keeps the sentence subject when the clause has no subject of its own', () => {
    expect(
      speakers('По пути Иван Петров сделал остановку в Кабуле, где отметил: «Мы рады гостям».'),
    ).toEqual(['Иван Петров']);
  });
});
