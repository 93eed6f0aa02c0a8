import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detectQuotes';

function speakers(text: string, language: 'ru' | 'en' = 'ru'): string[] {
  return detectQuotes(text, { language }).map((quote) => quote.speaker);
}

describe('attribution, round seven (issue 14): never the wrong name', () => {
  it('does not take a word quoted in lower case for an organisation', () => {
    const text =
      'Актриса попросила не писать о ней слов "великая", "любимая" и попросила: «Напишите просто моё имя».';
    expect(speakers(text)).not.toContain('великая');
  });

  it('resolves a first name alone to the one person the article names in full', () => {
    const text =
      'Фармацевту Мартину Шкрели 32 года. В анкете Мартин писал, что хочет "искать способы лечить редкие болезни".';
    expect(speakers(text)).toEqual(['Мартин Шкрели']);
  });

  it('resolves a surname misspelt at the cue to the person named in full', () => {
    const text =
      'Директор НАСА по полётам Билл Герстенмайер выступил на брифинге. «Мы знаем, что были проблемы с разделением модулей», говорит Гернстермайер.';
    expect(speakers(text)).toEqual(['Билл Герстенмайер']);
  });

  it('resolves a misspelt English surname the same way', () => {
    const text =
      'Lydia Buchtmann of the food agency spoke to reporters. "We have to make sure people do not get too much," Ms Bauchtman said.';
    expect(speakers(text, 'en')).toEqual(['Lydia Buchtmann']);
  });

  it('leaves a misspelt surname unresolved when two people are as close', () => {
    const text =
      'Билл Герстенмайер и Ханс Герштенмайер выступили. «Проблемы решаемы», говорит Гернштенмайер.';
    expect(speakers(text)).toEqual(['Гернштенмайер']);
  });
});
