import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

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

describe('attribution, round six: roles, split quotations, listeners and titles', () => {
  it('reads an artist role word as the subject and resolves it to the person just named', () => {
    const text =
      'Александр Вертинский записал песню. Артист возмутился: «Но вы же не можете запретить мне их жалеть!»';
    expect(speakers(text)).toEqual(['Александр Вертинский']);
  });

  it('splits a quotation around a dash attribution with an adverb before the verb', () => {
    const quotes = detectQuotes(
      '«Я существую на правах публичного дома, — горько шутил Вертинский, — все ходят, но говорить об этом не принято».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Я существую на правах публичного дома', 'Вертинский'],
      ['все ходят, но говорить об этом не принято', 'Вертинский'],
    ]);
  });

  it('gives the words a subject heard to no one, not to the last speaker', () => {
    const text =
      'Александр Вертинский пел. Артист возмутился: «Но вы же не можете запретить мне их жалеть!» И в ответ услышал: «Дышать запретим, если потребуется».';
    expect(speakers(text)).toEqual(['Александр Вертинский', '']);
  });

  it('does not take an acronym written with inner capitals for a person with a role', () => {
    const text =
      'Согласно сообщению агентства БелТА, судья заявила, что «с ноября по декабрь Андрей Санников руководил беспорядками».';
    expect(speakers(text)).toEqual(['']);
  });

  it('keeps a surname ending like an adjective a person before a particle', () => {
    const quotes = detectQuotes(
      'Александр Вертинский вернулся в 1943 году. Вертинский же всегда говорил, что возвращается, чтобы «рассказать о страданиях эмиграции».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['Александр Вертинский', 'person'],
    ]);
  });

  it('lists titles after a bare colon as names, not quotations', () => {
    const text =
      'Журналы опубликовали первые рассказы Вертинского: «Красные бабочки» и «Моя невеста» — декадентские.';
    expect(detectQuotes(text, { language: 'ru' })).toEqual([]);
  });
});

describe('attribution, round six: documents and outlets', () => {
  it('gives a partial quotation after "в заявлении X говорится" to X', () => {
    const quotes = detectQuotes(
      'В заявлении КНДР говорится, что диалог не удался из-за того, что Сеул изначально «умышленно намеревался сделать переговоры нежизнеспособными».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['КНДР', 'organisation'],
    ]);
  });

  it('names the organisation behind a document framing a passive cue', () => {
    const quotes = detectQuotes(
      'В опубликованном заявлении северокорейского Комитета за мирное объединение Кореи отмечается, что Сеул «умышленно сорвал переговоры».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['комитет', 'organisation'],
    ]);
  });

  it('gives a quotation opening its sentence to the newspaper that writes it', () => {
    const quotes = detectQuotes(
      'Многие издания реагировали на конец кампании. «Наконец-то всё позади, мы выбираем», пишет на первой странице газета «Ла стампа».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['Ла стампа', 'organisation'],
    ]);
  });

  it("still does not give a phrase inside a person's sentence to the outlet passing it on", () => {
    const text = 'Мэр Иван Петров назвал ремонт моста «делом чести», пишет «Коммерсантъ».';
    expect(speakers(text)).toEqual(['Иван Петров']);
  });
});

describe('attribution, round six: relayed questions and introductions', () => {
  it('gives a question relayed from someone unnamed to no one, not to the one who relays it', () => {
    const text =
      'Переводчик Дмитрий Коваленин адресовал писателю вопрос одной читательницы: «Спросите у него, почему он бросил пить?»';
    expect(speakers(text)).toEqual(['']);
  });

  it('does not give an answer to the outlet whose question it answers', () => {
    const quotes = detectQuotes(
      'Представитель United Capital Partners ответил на вопрос «Ведомостей» следующим образом: «Долю выкупали не мы».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['']);
  });

  it('reads a paragraph ending in a colon as the introduction of the quotation below it', () => {
    const text = [
      'Вечером министр финансов Антон Силуанов разослал коллегам следующее письмо:',
      '«Бюджет следующего года будет сверстан без дефицита»',
      'Ответа пока нет.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Антон Силуанов']);
  });
});
