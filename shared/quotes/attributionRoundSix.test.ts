import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detectQuotes';

function speakers(text: string, language: 'ru' | 'en' = 'ru'): string[] {
  return detectQuotes(text, { language }).map((quote) => quote.speaker);
}

describe('attribution, round six (issue 14)', () => {
  it('reads present-tense forecast verbs after a dash as cues', () => {
    const text =
      'Архитектор Ираклий Лолашвили голосовал за вступление в НАТО. «Но это со временем уйдет», — прогнозирует Лолашвили.';
    expect(speakers(text)).toEqual(['Ираклий Лолашвили']);
  });

  it('takes the full name before the verb, not a name inside an opening adverbial', () => {
    const text =
      'При проведении форума Россия 2012 президент «Ростелекома» Александр Провоторов высказал мнение в кулуарах мероприятия: «В принципе я по-прежнему верю в двухмесячный график».';
    expect(speakers(text)).toEqual(['Александр Провоторов']);
  });

  it('ends the speaker of "по словам" at its comma: a country in the reported clause did not speak', () => {
    const text =
      'Санкции являются единственным средством, считает канцлер Германии Ангела Меркель. По словам канцлера, участие России в конфликте «очень-очень очевидно».';
    expect(speakers(text)).toEqual(['Ангела Меркель']);
  });

  it('keeps an apposition after the comma of "in the words of"', () => {
    const text =
      'Her skin broke every time, and in the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent a lot of the last five months of her life crying."';
    expect(speakers(text, 'en')).toEqual(['Mark Tedeschi']);
  });
});
