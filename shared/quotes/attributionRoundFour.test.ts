import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

describe('attribution, round four (issue 14)', () => {
  it('gives "Name:" transcript answers to the label and drops the questioner’s lines', () => {
    const text = [
      'Корреспондент поговорил с Мустафой Джемилевым.',
      'Голос Америки: Как прошла встреча с премьером?',
      'Мустафа Джемилев: Встреча прошла хорошо, мы обсудили многое.',
      'Голос Америки: Что будет дальше?',
      'Мустафа Джемилев: Дальше будем работать вместе.',
    ].join('\n\n');
    const quotes = detectQuotes(text, { language: 'ru' });
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Встреча прошла хорошо, мы обсудили многое.',
      'Дальше будем работать вместе.',
    ]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Мустафа Джемилев', 'Мустафа Джемилев']);
  });

  it('reads a person’s press service as an organisation speaker', () => {
    const text = '«Договоренность достигнута», — цитирует РБК пресс-службу Порошенко.';
    const [quote] = detectQuotes(text, { language: 'ru' });
    expect(quote?.speaker).toBe('пресс-служба Порошенко');
    expect(quote?.speakerKind).toBe('organisation');
  });

  it('takes a full name right before the verb as the subject, past clauses naming others', () => {
    const text =
      'В марте, встречаясь с предпринимателями, чьи проекты поддержал Фонд развития ' +
      'интернет-инициатив, Владимир Путин отметил, что «интернет-бизнес сегодня — это ' +
      'десять процентов ВВП».';
    expect(speakers(text, 'ru')).toEqual(['Владимир Путин']);
  });

  it('lets "по словам X" frame the whole sentence', () => {
    const text =
      'По словам Николая Азарова, Москва согласилась создать консорциум, «который позволит ' +
      'повысить надежность поставок в Европу».';
    expect(speakers(text, 'ru')).toEqual(['Николай Азаров']);
  });

  it('names no one for unnamed sources in an organisation', () => {
    const text = 'Позднее источники в Кремле заявили, что «реформа уже готовится и будет принята».';
    expect(speakers(text, 'ru')).toEqual(['']);
  });

  it('attaches a dash attribution after a question mark', () => {
    expect(speakers('Он выступил. «Почему так?» — задается вопросом Уилсон.', 'ru')).toEqual([
      'Уилсон',
    ]);
  });

  it('leaves a role two people hold equally unnamed rather than guess', () => {
    const text =
      'Министр иностранных дел Германии Франк-Вальтер Штайнмайер прибыл в Киев. Министр ' +
      'иностранных дел Украины Павел Климкин встретил его в аэропорту. «Я надеюсь на ' +
      'диалог», — сказал министр.';
    expect(speakers(text, 'ru')).toEqual(['']);
  });

  it('gives a quotation without a cue to the speaker of the sentence before', () => {
    const text =
      'Colette Heald noted the findings show pollution reduction is also important. "An ' +
      'air-quality cleanup would improve crop yields. Ozone is something we understand."';
    expect(speakers(text, 'en')).toEqual(['Colette Heald']);
  });

  it('does not take a capitalised adjective after a full name into the name', () => {
    const text =
      '«Турция — наш стратегический партнер», — сказал Роман Коноплев Русской службе «Голоса Америки».';
    expect(speakers(text, 'ru')).toEqual(['Роман Коноплев']);
  });
});
