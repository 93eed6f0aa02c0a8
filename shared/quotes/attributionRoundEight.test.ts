import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { isPluralRole } from './roleWords';

describe('attribution, round eight (issue 14): never the wrong name', () => {
  it('ends an apposition with its sentence, so a country in it is no speaker', () => {
    const text =
      'Председатель КНР Си Цзиньпин выступил. Си Цзиньпин сказал, что марксизм изменил Китай, став «мощным орудием». Марксизм вывел Китай на путь «построения государства», заявил глава КНР.';
    expect(speakers(text)).toEqual(['Си Цзиньпин', 'Си Цзиньпин']);
  });

  it('leaves a title in the plural unnamed: a group is not the one holder named before', () => {
    const text =
      'Федеральный судья Джеймс Шэйдид выбрал пожизненный срок. По словам прокуроров, девушка оказалась «не в том месте в неподходящее время».';
    expect(speakers(text)).toEqual(['']);
  });

  it('tells plural titles from singular ones', () => {
    expect(isPluralRole('прокуроров')).toBe(true);
    expect(isPluralRole('представителей компании')).toBe(true);
    expect(isPluralRole('prosecutors')).toBe(true);
    expect(isPluralRole('прокурора')).toBe(false);
    expect(isPluralRole('главы КНР')).toBe(false);
    expect(isPluralRole('the prosecutor')).toBe(false);
  });
});
