import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectQuotes, type DetectedQuote } from './detectQuotes';

/** The fields a reader checks, for compact expectations. */
function summary(
  quote: DetectedQuote,
): Pick<DetectedQuote, 'text' | 'speaker' | 'role' | 'inferred'> {
  return { text: quote.text, speaker: quote.speaker, role: quote.role, inferred: quote.inferred };
}

function only(text: string): DetectedQuote {
  const quotes = detectQuotes(text);
  expect(quotes).toHaveLength(1);
  const [quote] = quotes;
  if (quote === undefined) throw new Error('no quote');
  return quote;
}

describe('detectQuotes: attribution after the quotation', () => {
  it('reads «…», — рассказала Наталья Сергунина', () => {
    const text = '«Кластер выходит на международный уровень», — рассказала Наталья Сергунина.';
    const quote = only(text);
    expect(summary(quote)).toEqual({
      text: 'Кластер выходит на международный уровень',
      speaker: 'Наталья Сергунина',
      role: '',
      inferred: false,
    });
    expect(quote).toMatchObject({ cue: 'рассказала', kind: 'inline', language: 'ru' });
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('keeps the role apart: «…», — сказал министр транспорта Иван Петров', () => {
    const quote = only('«Дорогу откроют в мае», — сказал министр транспорта Иван Петров.');
    expect(quote).toMatchObject({ speaker: 'Иван Петров', role: 'министр транспорта' });
  });

  it('reads "…," said Maria Lopez, a professor at the local university', () => {
    const quote = only(
      '"The bridge is safe," said Maria Lopez, a professor at the local university.',
    );
    expect(summary(quote)).toEqual({
      text: 'The bridge is safe',
      speaker: 'Maria Lopez',
      role: 'a professor at the local university',
      inferred: false,
    });
    expect(quote).toMatchObject({ cue: 'said', language: 'en' });
  });

  it('reads the subject before the verb: "…," Lopez said', () => {
    const quotes = detectQuotes('Maria Lopez spoke first. "We checked every beam," Lopez said.');
    expect(quotes.map(summary)).toEqual([
      { text: 'We checked every beam', speaker: 'Maria Lopez', role: '', inferred: false },
    ]);
  });

  it('reads curly quotes with nested single quotes', () => {
    const quote = only('“They called it ‘the best plan’ twice,” said John Carter.');
    expect(quote.text).toBe('They called it ‘the best plan’ twice');
    expect(quote.speaker).toBe('John Carter');
  });

  it('reads straight quotes with nested straight single quotes', () => {
    const quote = only('"He said \'no\' and left," said Anna Brown.');
    expect(quote).toMatchObject({ text: "He said 'no' and left", speaker: 'Anna Brown' });
  });

  it('reads «…» with „…“ nested inside', () => {
    const quote = only('«Проект „Энергия“ закрыт», — заявил Олег Смирнов.');
    expect(quote).toMatchObject({ text: 'Проект „Энергия“ закрыт', speaker: 'Олег Смирнов' });
  });

  it('takes the person over the outlet, in the nominative: «…», — цитирует РБК Дмитрия Медведева', () => {
    const quote = only('«Идея неплохая», — цитирует РБК Дмитрия Медведева.');
    expect(quote).toMatchObject({ speaker: 'Дмитрий Медведев', cue: 'цитирует' });
  });
});

describe('detectQuotes: attribution before the quotation', () => {
  it('reads X подчеркнул: «…»', () => {
    const quote = only('Директор школы Анна Волкова подчеркнула: «Занятия начнутся вовремя».');
    expect(quote).toMatchObject({
      text: 'Занятия начнутся вовремя',
      speaker: 'Анна Волкова',
      role: 'Директор школы',
      cue: 'подчеркнула',
    });
  });

  it('reads X put it simply: “…”', () => {
    const quote = only('Mayor Jane Smith put it simply: “We cannot wait any longer.”');
    expect(quote).toMatchObject({ speaker: 'Jane Smith', role: 'Mayor', cue: 'put it' });
  });

  it('reads Как заявил X, «…»', () => {
    const quote = only('Как заявил Сергей Орлов, «решение уже принято».');
    expect(quote).toMatchObject({ text: 'решение уже принято', speaker: 'Сергей Орлов' });
  });

  it('reads According to X, "…"', () => {
    const quote = only('According to Paul Evans, "the budget is balanced."');
    expect(quote).toMatchObject({ speaker: 'Paul Evans', cue: 'according to' });
  });

  it('reads partial quotes as the sentence subject’s words', () => {
    const en = only('The engineer Tom Baker described the plan as “long overdue” on Monday.');
    expect(en).toMatchObject({ text: 'long overdue', speaker: 'Tom Baker', cue: 'described' });
    const ru = only('Министр Иван Петров назвал проект «давно назревшим» и уехал.');
    expect(ru).toMatchObject({ text: 'давно назревшим', speaker: 'Иван Петров', cue: 'назвал' });
  });

  it('reads partial quotes after "that" / "что"', () => {
    const en = only('Governor Jane Smith said that the plan was "a fair deal for everyone".');
    expect(en).toMatchObject({ text: 'a fair deal for everyone', speaker: 'Jane Smith' });
    const ru = only('Губернатор Анна Орлова заявила, что проект «выгоден всем жителям».');
    expect(ru).toMatchObject({ text: 'выгоден всем жителям', speaker: 'Анна Орлова' });
  });
});

describe('detectQuotes: quotations split by their attribution', () => {
  it('finds «Первая часть, — говорит X. — Вторая часть» as two quotes of one speaker', () => {
    const quotes = detectQuotes('«Первая часть, — говорит Ольга Никитина. — Вторая часть».');
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Первая часть', 'Ольга Никитина'],
      ['Вторая часть', 'Ольга Никитина'],
    ]);
  });

  it('finds “First part,” said X. “Second part.” as two quotes of one speaker', () => {
    const quotes = detectQuotes('“First part,” said Peter Green. “Second part.”');
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.inferred])).toEqual([
      ['First part', 'Peter Green', false],
      ['Second part.', 'Peter Green', true],
    ]);
  });
});

describe('detectQuotes: interview lines opened by a dash', () => {
  it('reads — Работы закончим к весне, — ответил он.', () => {
    const quotes = detectQuotes(
      'Мы поговорили с главным инженером Виктором Соколовым.\n\n— Работы закончим к весне, — ответил он.',
    );
    expect(quotes.map(summary)).toEqual([
      {
        text: 'Работы закончим к весне',
        speaker: 'Виктор Соколов',
        role: 'главным инженером',
        inferred: true,
      },
    ]);
    expect(quotes[0]?.kind).toBe('dialogue');
  });

  it('reads — We will finish by spring, — he replied.', () => {
    const quotes = detectQuotes(
      'We spoke to foreman Victor Hall.\n\n— We will finish by spring, — he replied.',
    );
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.kind])).toEqual([
      ['We will finish by spring', 'Victor Hall', 'dialogue'],
    ]);
  });

  it('reads a question-and-answer run without attributions: the question is not a quotation', () => {
    const quotes = detectQuotes(
      '— Когда откроют мост?\n\n— Мост откроют в июне, если погода позволит.',
    );
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Мост откроют в июне, если погода позволит.',
    ]);
  });

  it('ignores a lone dash list item', () => {
    expect(detectQuotes('В плане:\n\n— ремонт дорог;')).toEqual([]);
  });
});

describe('detectQuotes: pronouns and roles resolve to people named earlier', () => {
  it('links a role from "Об этом сообщила X, заместитель Мэра Москвы"', () => {
    const quote = only(
      'Об этом сообщила Наталья Сергунина, заместитель Мэра Москвы. ' +
        '«Это важный шаг», — рассказала Наталья Сергунина.',
    );
    expect(quote).toMatchObject({ speaker: 'Наталья Сергунина', role: 'заместитель Мэра Москвы' });
  });

  it('resolves она / он by gender', () => {
    const quotes = detectQuotes(
      'Министр Иван Петров встретился с Анной Смирновой. «Всё готово», — сказала она. ' +
        '«Начинаем», — ответил он.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.inferred])).toEqual([
      ['Анна Смирнова', true],
      ['Иван Петров', true],
    ]);
  });

  it('resolves he / she by gender', () => {
    const quotes = detectQuotes(
      'Senator John Miller met Mary Clark. "It is ready," she said. "Let us start," he said.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.inferred])).toEqual([
      ['Mary Clark', true],
      ['John Miller', true],
    ]);
  });

  it('resolves министр and the governor to the person named in that role', () => {
    const ru = detectQuotes(
      'Министр финансов Олег Белов выступил в Думе. Депутат Игорь Лапин задал вопрос. ' +
        '«Бюджет сбалансирован», — сказал министр.',
    );
    expect(ru.map(summary)).toEqual([
      { text: 'Бюджет сбалансирован', speaker: 'Олег Белов', role: 'министр', inferred: true },
    ]);
    const en = detectQuotes(
      'Governor Jane Smith spoke on Monday. Reporter Tom Hill asked about taxes. ' +
        '"We will not raise taxes," the governor told the council.',
    );
    expect(en.map(summary)).toEqual([
      { text: 'We will not raise taxes', speaker: 'Jane Smith', role: 'governor', inferred: true },
    ]);
  });

  it('leaves the speaker empty when nobody fits', () => {
    const quote = only('«Мы готовы», — сказал он.');
    expect(quote).toMatchObject({ speaker: '', inferred: false, cue: 'сказал' });
  });
});

describe('detectQuotes: names and titles in quotation marks are not quotations', () => {
  it.each([
    'Церемония прошла в концертном зале «Зарядье».',
    'Филиппин («Цифровые Филиппины») и другие участники.',
    'Директор компании «Ромашка» Иван Петров подписал договор.',
    'Стартовала конференция «Поиск ответов».',
    'Открыт набор в проект «Наставничество».',
    'Об этом сообщила газета «Ведомости».',
    'The project, nicknamed "Green Mile", opened today.',
    'The newspaper “The Daily Courier” reported the news.',
    'Workers at the firm called "Blue Sky" went home.',
    'He reads the "Financial Review" every morning.',
  ])('%s', (text) => {
    expect(detectQuotes(text)).toEqual([]);
  });

  it('does not take indirect speech for a quotation', () => {
    expect(detectQuotes('По его словам, работы завершатся к весне.')).toEqual([]);
    expect(detectQuotes('According to the mayor, the works will end in spring.')).toEqual([]);
  });
});

describe('detectQuotes: the seed article', () => {
  const text = readFileSync(
    new URL('../../test/fixtures/seed-article-ru.txt', import.meta.url),
    'utf8',
  );

  it('finds exactly the one quotation, by Наталья Сергунина, with her role', () => {
    const quotes = detectQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      speaker: 'Наталья Сергунина',
      role: 'заместитель Мэра Москвы',
      cue: 'рассказала',
      kind: 'inline',
      language: 'ru',
      inferred: false,
    });
    expect(quotes[0]?.text.startsWith('Московский инновационный кластер объединяет')).toBe(true);
    expect(quotes[0]?.text.endsWith('обмена опытом')).toBe(true);
  });

  it('does not report the names in «»', () => {
    const texts = detectQuotes(text).map((quote) => quote.text);
    for (const name of ['Поиск ответов', 'Наставничество', 'Зарядье', 'Цифровые Филиппины']) {
      expect(texts).not.toContain(name);
    }
  });
});

describe('detectQuotes: language', () => {
  it('detects the language from the letters unless told', () => {
    expect(only('«Да», — сказал Иван Петров.').language).toBe('ru');
    expect(only('"Yes," said John Smith.').language).toBe('en');
    expect(detectQuotes('"Yes," said John Smith.', { language: 'ru' })[0]?.language).toBe('ru');
  });
});
