import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';
import { roleKeys } from './roleWords';

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

describe('attribution, round seven: clauses, groups and names in oblique cases', () => {
  it('does not take a name after the comma of "по словам" a group for its apposition', () => {
    const text =
      'Акции компании подешевели после слов её главы Аркадия Воложа. По словам представителей компании, Волож по-прежнему настроен оптимистично, а его откровенность «просто неправильно поняли».';
    expect(speakers(text)).toEqual(['']);
  });

  it('gives a partial quotation to its own clause, not to the next one opened by "а"', () => {
    const quotes = detectQuotes(
      'После поездки Дмитрия Медведева на Курилы премьер-министр Японии Н. Кан заявил, что этот визит «вызывает сожаление», а глава японского МИДа Сэйдзи Маэхара отметил, что этот поступок «ранит чувства японского народа».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['вызывает сожаление', 'Н. Кан'],
      ['ранит чувства японского народа', 'Сэйдзи Маэхара'],
    ]);
  });

  it('keeps a cited person in the genitive when no later name is written as a subject', () => {
    const text =
      '"Мы условились продолжить координацию", — цитируют «Вести» заявление Владимира Путина по итогам встречи с президентами Белоруссии и Казахстана.';
    expect(speakers(text)).toEqual(['Владимир Путин']);
  });
});

describe('attribution, round seven: pronouns', () => {
  it('resolves a demonstrative subject to the person named last who is not the subject', () => {
    const text =
      'Мартин Шкрели основал компанию. Когда редактор издания Джон Кэррол попросил разъяснений у Шкрели, почему он поднял цену, тот назвал его "дебилом".';
    expect(speakers(text)).toEqual(['Мартин Шкрели']);
  });

  it('leaves "he" unnamed when an earlier subject of unknown gender competes with a later man', () => {
    const text =
      'Kiara Perkins, an art major, said she skipped class to attend. For Kevin Allton, a USI instructor, Warhol was also a legend. He said, "Andy Warhol was the center of the Zeitgeist."';
    const quote = detectQuotes(text, { language: 'en' }).find((found) =>
      found.text.startsWith('Andy'),
    );
    expect(quote?.speaker).toBe('');
  });

  it('keeps "he" for the subject when the later man is named inside its own sentence', () => {
    const text =
      'Франк-Вальтер Штайнмайер, который будет беседовать с Павлом Климкиным, указал, что миссия возможна. "Мы возлагаем надежды на наблюдателей", - добавил он.';
    expect(speakers(text)).toEqual(['Франк-Вальтер Штайнмайер']);
  });
});

describe('attribution, round seven: organisations and bylines', () => {
  it('completes a bare organisation noun to the fuller name quoted before', () => {
    const text =
      'Область не смогла вовремя заплатить. «Банки не подали заявки», — говорится в комментарии, который получил РБК от департамента финансов. «Обязательства погасили в течение месяца», — говорится в сообщении департамента.';
    expect(speakers(text)).toEqual(['департамент финансов', 'департамент финансов']);
  });

  it('expands a compound short name to the organisation the article writes in full', () => {
    const quotes = detectQuotes(
      'Кандидатом стала лидер Национального фронта Марин Ле Пен. Вот как об этом сообщается в заявлении Нацфронта: «Политическое бюро единогласно поддержало кандидатуру своего председателя».',
      { language: 'ru' },
    );
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['Национального фронта', 'organisation'],
    ]);
  });

  it('does not expand a surname', () => {
    const text =
      'Министр Алексей Улюкаев выступил. «Рост замедлился», — сказал Улюкаев на встрече с Улыбчивыми юкагирами.';
    expect(speakers(text)).toEqual(['Алексей Улюкаев']);
  });

  it('gives a quotation filling its paragraph to the dash byline under it', () => {
    const text =
      'Рабочая группа и Южная водозаборная станция утверждают, что ничего не нашли:\n\n«В устье реки был проведен рейд. Масляных пятен не обнаружилось».\n\n— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС';
    expect(speakers(text)).toEqual(['Татьяна Скригонюк']);
  });

  it('does not read a dash line with a speech verb as a byline', () => {
    const text =
      'Министр Иван Петров выступил на совещании.\n\n«Мы справимся».\n\n— Сергей Иванов заявил, что не согласен.';
    expect(speakers(text)).not.toContain('Сергей Иванов');
  });
});

describe('attribution, round seven: roles', () => {
  it('does not match a role to a holder through letters inside a country name', () => {
    expect([...roleKeys('руководитель украинского ведомства')]).not.toContain('~кра');
    expect([...roleKeys('губернатор края')]).toContain('~кра');
  });

  it('leaves a bare title unnamed when its only holder is named only as an object', () => {
    const text =
      'Президент рассказал, как «пригласил в Кремль руководителей спецслужб» и поставил перед ними задачу спасти жизнь президента Украины Виктора Януковича.\n\nТелевизионное обращение президента: «Тем, кто сопротивлялся путчу, сразу начали грозить репрессиями».';
    expect(speakers(text)).toEqual(['', '']);
  });

  it('still resolves a title to a holder named after an inverted verb', () => {
    const text =
      'Компания ведет переговоры, сообщила пресс-секретарь компании Алия Бекетова. Она продает аппараты, и "довольно успешно", уточнила пресс-секретарь.';
    expect(speakers(text)).toEqual(['Алия Бекетова']);
  });
});
