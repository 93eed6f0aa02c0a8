import { describe, expect, it } from 'vitest';
import { detectQuotes, type DetectedQuote } from './detectQuotes';
import { speakerConfidenceThreshold } from './detectedQuote';

/** Text, speaker and kind of each quotation, for compact expectations. */
function read(
  text: string,
  language: 'ru' | 'en',
): [string, string, DetectedQuote['speakerKind']][] {
  return detectQuotes(text, { language }).map((quote) => [
    quote.text,
    quote.speaker,
    quote.speakerKind,
  ]);
}

describe('attribution: interviews', () => {
  it('gives the answers to the interviewee and drops the questions (ru)', () => {
    const quotes = detectQuotes(
      'Мы поговорили с руководителем ЦОДД Вадимом Ковалёвым о новых правилах парковки.\n\n' +
        '— Почему тарифы выросли?\n\n' +
        '— Мы считали нагрузку на улицы весь год, и в центре она выросла вдвое.\n\n' +
        '— Будут ли льготы для жителей? — спросили мы.\n\n' +
        '— Да, жители получат резидентные разрешения, как и раньше.',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker, quote.role])).toEqual([
      ['Мы считали нагрузку ', 'Вадим Ковалёв', 'руководитель ЦОДД'],
      ['Да, жители получат р', 'Вадим Ковалёв', 'руководитель ЦОДД'],
    ]);
    expect(quotes.every((quote) => quote.confidence >= speakerConfidenceThreshold)).toBe(true);
  });

  it('gives the answers to the interviewee and drops the questions (en)', () => {
    expect(
      read(
        'We spoke to the engineer Victor Hall about the bridge.\n\n' +
          '— When will the bridge open?\n\n' +
          '— We will open it in June if the weather holds.',
        'en',
      ),
    ).toEqual([['We will open it in June if the weather holds.', 'Victor Hall', 'person']]);
  });
});

describe('attribution: organisations as speakers', () => {
  it('reads «В пресс-службе метрополитена уточнили: «…»»', () => {
    expect(
      read(
        'Вестибюль станции закрыли. В пресс-службе метрополитена уточнили: «Вестибюль откроется в марте».',
        'ru',
      ),
    ).toEqual([['Вестибюль откроется в марте', 'пресс-служба метрополитена', 'organisation']]);
  });

  it('reads «…», — говорится в сообщении министерства, not the minister named before', () => {
    expect(
      read(
        'Министр транспорта Иван Петров посетил депо. «Все работы на линии идут строго по графику», — говорится в сообщении министерства.',
        'ru',
      ),
    ).toEqual([['Все работы на линии идут строго по графику', 'министерство', 'organisation']]);
  });

  it('reads "…," the ministry said in a statement', () => {
    expect(
      read(
        'Minister Anna Clarke visited the depot. "Services will be replaced by buses," the ministry said in a statement.',
        'en',
      ),
    ).toEqual([['Services will be replaced by buses', 'the ministry', 'organisation']]);
  });

  it('does not take the object of "told" or of a Russian dative for the speaker', () => {
    const [english] = detectQuotes('Whitmore later told the police, "everything he did".', {
      language: 'en',
    });
    expect(english?.speakerKind).toBe('person');
    const [russian] = detectQuotes('«Решение принято», — рассказали агентству.', {
      language: 'ru',
    });
    expect(russian?.speaker).toBe('');
  });
});

describe('attribution: never the wrong name', () => {
  it('does not give a document’s words to the outlet that saw it', () => {
    const [quote] = detectQuotes(
      'A leaked internal letter seen by Sky News says "failure to return the form may end a claim".',
      { language: 'en' },
    );
    expect(quote?.speaker).toBe('');
  });

  it('does not give an aide’s words to the person the aide serves', () => {
    const [quote] = detectQuotes(
      'Помощник Хиллари Клинтон, который посетил Белград, заявил, что «планка для ЕС высоко».',
      { language: 'ru' },
    );
    expect(quote?.speaker).toBe('');
    const [holder] = detectQuotes('«Решения пока нет», — сказал пресс-секретарь Дмитрий Песков.', {
      language: 'ru',
    });
    expect(holder?.speaker).toBe('Дмитрий Песков');
  });

  it('does not read a deputy minister as «министр»', () => {
    const quotes = detectQuotes(
      'Глава ведомства Панос Камменос встретился с заместителем министра обороны США Кристин Вормут. ' +
        '«Потери от санкций велики», — сказал министр.',
      { language: 'ru' },
    );
    expect(quotes[0]?.speaker).not.toBe('Кристин Вормут');
  });

  it('does not continue the last speaker into a passive cue with its own source', () => {
    const quotes = detectQuotes(
      '«Мы закроем сделку», — пишет NEWSru.com. «Эта идея абсурдна», — говорится в тексте открытого письма.',
      { language: 'ru' },
    );
    expect(quotes[1]?.speaker).toBe('');
  });
});

describe('attribution: colon introductions with the speaker as subject', () => {
  it('reads the subject across the rest of the sentence and an apposition (en)', () => {
    expect(
      read(
        'Transport minister Anna Clarke welcomed the decision in a statement: "This is a good day for commuters."',
        'en',
      ),
    ).toEqual([['This is a good day for commuters.', 'Anna Clarke', 'person']]);
    expect(
      read(
        'Dr Mark Jones, who led the study, was blunt: "The data do not support the claim."',
        'en',
      ),
    ).toEqual([['The data do not support the claim.', 'Mark Jones', 'person']]);
  });

  it('reads «Глава департамента Сергей Иванов заявил: «…»» and a role resolved to its holder (ru)', () => {
    expect(
      read(
        'Департамент возглавляет Сергей Иванов. Глава департамента заявил: «Мы закончим работы к осени».',
        'ru',
      ),
    ).toEqual([['Мы закончим работы к осени', 'Сергей Иванов', 'person']]);
  });

  it('does not take a person named later in the sentence for its subject', () => {
    const [quote] = detectQuotes(
      'In Paris on Monday the talks with Anna Clarke ended with a statement: "We agree."',
      { language: 'en' },
    );
    expect(quote?.speaker).toBe('');
  });
});

describe('attribution: partial quotes inside a sentence', () => {
  it('reads called it "…" and назвал решение «…» as the subject’s words', () => {
    expect(read('The mayor, Lisa Brown, called it "a turning point for the city".', 'en')).toEqual([
      ['a turning point for the city', 'Lisa Brown', 'person'],
    ]);
    expect(read('Мэр Олег Смирнов назвал решение «давно назревшим».', 'ru')).toEqual([
      ['давно назревшим', 'Олег Смирнов', 'person'],
    ]);
  });

  it('reads по её словам, он «…» as the words of the pronoun’s antecedent', () => {
    expect(
      read(
        'Анна Петрова работает в школе двадцать лет. По её словам, директор «никогда не слушал учителей».',
        'ru',
      ),
    ).toEqual([['никогда не слушал учителей', 'Анна Петрова', 'person']]);
  });
});

describe('attribution: pronouns across sentences', () => {
  it('picks the antecedent by the Russian verb’s gender', () => {
    const text = 'Ольга Сидорова и Павел Кузнецов приехали на митинг. «Мы будем ходить сюда», — ';
    expect(read(`${text}сказала она.`, 'ru')[0]?.[1]).toBe('Ольга Сидорова');
    expect(read(`${text}отметил он.`, 'ru')[0]?.[1]).toBe('Павел Кузнецов');
  });

  it('does not continue a speaker the verb’s gender rules out', () => {
    const quotes = detectQuotes(
      'Канцлер Ангела Меркель заявила: «Мы ждём решения». Одновременно с этим он отметил, что Запад не мог проигнорировать «нарушение права».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Ангела Меркель', '']);
  });

  it('reads a pronoun right after a quotation as its speaker when nobody else is named between', () => {
    const quotes = detectQuotes(
      'Тренер Петер Эрикссон высказался о допинге. «Наша команда сильнее», — цитирует заявление Мутко агентство. ' +
        '«Это политика», — уверен он.',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Мутко', 'Мутко']);
  });

  it('does not continue the last speaker into a sentence about someone else', () => {
    const quotes = detectQuotes(
      'Посол Саманта Пауэр заявила: «Россия воюет». Глава МИД Литвы Линас Линкявичус обвинил Москву в том, что она «ведёт войну против соседей».',
      { language: 'ru' },
    );
    expect(quotes[1]?.speaker).not.toBe('Саманта Пауэр');
  });

  it('does not take a capitalised word opening a sentence for a name', () => {
    const quotes = detectQuotes(
      'Matthew Ingram wrote about it. One poster wrote that "a new obsession is taking hold".',
      { language: 'en' },
    );
    expect(quotes[0]?.speaker).toBe('');
  });

  it('names the speaker in the nominative, the role too', () => {
    const [quote] = detectQuotes(
      'На совещании выступил Вадим Ковалёв. Руководителя ЦОДД Вадима Ковалёва поддержали коллеги. «Мы сократим время в пути», — сказал Ковалёв.',
      { language: 'ru' },
    );
    expect(quote).toMatchObject({ speaker: 'Вадим Ковалёв' });
  });

  it('resolves he / she across sentences (en)', () => {
    expect(read('Mary Smith runs the depot. "We will finish by spring," she said.', 'en')).toEqual([
      ['We will finish by spring', 'Mary Smith', 'person'],
    ]);
  });
});

describe('attribution: split quotes', () => {
  it('reads «…, — сказал Х. — …» as two passages with one speaker', () => {
    expect(
      read('«Мы закончим к весне, — сказал Иван Петров. — А потом начнём второй участок».', 'ru'),
    ).toEqual([
      ['Мы закончим к весне', 'Иван Петров', 'person'],
      ['А потом начнём второй участок', 'Иван Петров', 'person'],
    ]);
  });

  it('reads "…," she said. "…" as two passages with one speaker', () => {
    expect(
      read(
        'Mary Smith runs the depot. "We will finish by spring," she said. "Then the second section starts."',
        'en',
      ),
    ).toEqual([
      ['We will finish by spring', 'Mary Smith', 'person'],
      ['Then the second section starts.', 'Mary Smith', 'person'],
    ]);
  });
});

describe('attribution: confidence', () => {
  it('rates a name at a bound cue above a pronoun, and both above the threshold', () => {
    const [named] = detectQuotes('«Работы идут», — сказал Иван Петров.', { language: 'ru' });
    const [pronoun] = detectQuotes('Иван Петров приехал. «Работы идут», — сказал он.', {
      language: 'ru',
    });
    expect(named?.confidence).toBeGreaterThan(pronoun?.confidence ?? 1);
    expect(pronoun?.confidence).toBeGreaterThanOrEqual(speakerConfidenceThreshold);
  });

  it('leaves the speaker empty, with a confidence of 0, when nobody is named', () => {
    const [quote] = detectQuotes('"We will finish by spring," she said.', { language: 'en' });
    expect(quote).toMatchObject({ speaker: '', confidence: 0, speakerKind: 'person' });
  });

  it('does not name a speaker below the threshold: a phrase quoted in another paragraph’s sentence', () => {
    const quotes = detectQuotes(
      '«Мы всё сделаем», — сказал Алексей Навальный.\n\nПозже сторонники говорили, что деньги «поступают каждые 10 секунд».',
      { language: 'ru' },
    );
    expect(quotes[1]).toMatchObject({ speaker: '' });
    expect(quotes[1]?.confidence).toBeLessThan(speakerConfidenceThreshold);
  });
});
