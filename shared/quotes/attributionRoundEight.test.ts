import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';
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

describe('attribution, round eight: pronouns', () => {
  it('takes a subject pronoun right before the verb over an outlet named before it', () => {
    const quotes = detectQuotes(
      'Шоумен Энди Коэн заявил о бойкоте конкурса. В интервью E! News он объяснил это тем, что «геи не могут чувствовать себя в безопасности».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => quote.speakerKind)).toEqual(['person']);
    expect(quotes.map((quote) => quote.speaker)).not.toContain('News');
  });

  it('leaves a pronoun unnamed when a name it cannot read stands between it and its antecedent', () => {
    const text =
      'Им оказался 17-летний житель Санта-Фе Димитриос Пагуртзис. В Твиттере шерифа округа Эда Гонсалеса появилась просьба к жителям. «Пожалуйста, избегайте этого района», — написал он.';
    expect(speakers(text)).toEqual(['']);
  });

  it('still resolves a pronoun past places written after a preposition', () => {
    const text =
      'Мэр Сергей Собянин выступил в Южном Бутово. «Мы построим новую станцию», — сказал он.';
    expect(speakers(text)).toEqual(['Сергей Собянин']);
  });

  it('does not carry a guess too unsure to show on to the next quotation', () => {
    const text =
      'Модный блогер Инстаграма открывает ресторан. В интервью South China Morning Post он заявил, что «очень много работает», а не «тратит деньги родителей».';
    expect(speakers(text)).toEqual(['', '']);
  });
});

describe('attribution, round eight: organisations', () => {
  it('gives a comment introduced by a colon to whoever it is of, not to the word "Комментарий"', () => {
    const quotes = detectQuotes(
      'В Швеции решение не встретило поддержки. Комментарий шведского телевидения: «Каждая эпоха когда-то заканчивается».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['телевидение', 'organisation'],
    ]);
  });

  it('reads a capitalised common noun before a colon as no name, and the organisation after it', () => {
    const text = 'Решение отложили. Позиция министерства: «Мы вернёмся к вопросу осенью».';
    expect(speakers(text)).toEqual(['министерство']);
  });

  it('still reads a surname with an adverb before a colon as the speaker', () => {
    const text =
      'Писатель Харуки Мураками приехал в Петербург. Мураками сразу подметил: «коммерческий панк» изначально фальшив.';
    expect(speakers(text)).toEqual(['Харуки Мураками']);
  });

  it('still reads a bare title or an organisation before a colon as the speaker', () => {
    const text = 'Минфин России: «Бюджет будет исполнен».';
    expect(speakers(text)).toEqual(['Минфин России']);
  });

  it('gives what an outlet passes on "со ссылкой на" a source to the source', () => {
    const text =
      'В октябре СМИ со ссылкой на данные рейтингового агентства Fitch сообщили о том, что заемщики банка «имеют признаки аффилированности».';
    expect(speakers(text)).toEqual(['Fitch']);
  });

  it('names no one when the cited source is unnamed', () => {
    const text =
      'Reuters, citing two officials, reported that the talks had "broken down completely".';
    expect(speakers(text, 'en')).toEqual(['']);
  });

  it('gives the words to an organisation a relative clause names, not to the person before it', () => {
    const quotes = detectQuotes(
      'Соболезнования семье уже выразил президент России Владимир Путин, в пресс-службе которого сообщили: «Президент высоко ценит его вклад».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['пресс-служба', 'organisation'],
    ]);
  });
});
