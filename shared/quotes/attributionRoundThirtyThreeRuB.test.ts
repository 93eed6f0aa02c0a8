import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-three (second Russian round)', () => {
  it('gives a cite verb’s object before it, not the nominative subject after it', () => {
    // «Седова» before «цитирует» is the object; «Орлов» after it passes the words on.
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. Седова цитирует Орлов: «Это позор».',
      ),
    ).toEqual(['Иван Седов']);
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. Седова процитировал Орлов: «Это позор».',
      ),
    ).toEqual(['Иван Седов']);
    expect(speakers('Анну Седову цитирует Орлов: «Это позор».')).toEqual(['Анна Седова']);
    // A pronoun object stands for someone; never the subject after the verb.
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. Как признался режиссёр, его цитирует Орлов: «Это позор».',
      ),
    ).toEqual(['']);
    // The object after the verb still speaks.
    expect(speakers('РБК цитирует Петра Орлова: «Это позор».')).toEqual(['Петр Орлов']);
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. Критик Орлов цитирует Седова: «Это позор».',
      ),
    ).toEqual(['Иван Седов']);
  });

  it('gives the words before a colon to the named subject of the verb after «по словам»', () => {
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. По словам Седова, Орлов сказал ему: «Это позор».',
      ),
    ).toEqual(['Пётр Орлов']);
    expect(speakers('По словам Ивана Седова, Пётр Орлов заявил: «Это позор».')).toEqual([
      'Пётр Орлов',
    ]);
    // Without a colon the marks may hold the source's account: nobody is given.
    expect(speakers('По словам Ивана Седова, Пётр Орлов назвал сделку «позором».')).toEqual(['']);
  });

  it('does not give a journalist a role of another kind nobody was named in', () => {
    expect(
      speakers('Журналист Пётр Орлов выступил на форуме.\n\n«В следующем году», — сказал министр.'),
    ).toEqual(['']);
    // A role of the same kind still finds the person just reported.
    expect(
      speakers(
        'Режиссёр Иван Седов поставил спектакль. «Это история о доме», — сказал постановщик.',
      ),
    ).toEqual(['Иван Седов']);
  });

  it('does not give the answer to a question to whoever asked it', () => {
    expect(
      speakers(
        '«Когда начнётся стройка?» — спросил журналист Пётр Орлов.\n\n«В следующем году», — ответил он.',
      ),
    ).toEqual(['Пётр Орлов', '']);
    expect(
      speakers(
        '«Когда начнётся стройка?» — спросил Пётр Орлов.\n\n«В следующем году», — ответил министр.',
      ),
    ).toEqual(['Пётр Орлов', '']);
    // An answer with its answerer named keeps him.
    expect(
      speakers(
        '«Когда начнётся стройка?» — спросил журналист Пётр Орлов. «В следующем году», — ответил Иван Седов.',
      ),
    ).toEqual(['Пётр Орлов', 'Иван Седов']);
  });

  it('reads a man’s full name in an oblique case before the verb as its object', () => {
    expect(speakers('Ивана Седова назвал «главным виновником провала» Пётр Орлов.')).toEqual([
      'Пётр Орлов',
    ]);
    expect(speakers('Петра Орлова поблагодарил Иван Седов: «Спасибо за работу».')).toEqual([
      'Иван Седов',
    ]);
    expect(speakers('Петру Орлову ответил Иван Седов: «Это ложь от начала до конца».')).toEqual([
      'Иван Седов',
    ]);
    // A woman's nominative full name before a feminine verb still speaks.
    expect(speakers('Александра Седова назвала фильм «позором».')).toEqual(['Александра Седова']);
  });

  it('reads «по выражению X» as «по словам X»', () => {
    expect(speakers('Иван Седов, по выражению Петра Орлова, «провалил дело полностью».')).toEqual([
      'Петр Орлов',
    ]);
    expect(speakers('По выражению Петра Орлова, «это провал всей команды».')).toEqual([
      'Петр Орлов',
    ]);
    expect(speakers('Пётр Орлов выступил. По его выражению, «это провал всей команды».')).toEqual([
      'Пётр Орлов',
    ]);
  });

  it('gives a document with no owner named to the body that put it out just before', () => {
    expect(
      speakers(
        'Министерство обороны распространило заявление. «Работа находится на завершающем этапе», — говорится в сообщении.',
      ),
    ).toEqual(['Министерство обороны']);
    expect(
      speakers(
        'Пресс-служба Министерства обороны распространила заявление. «Работа находится на завершающем этапе», — говорится в сообщении.',
      ),
    ).toEqual(['Пресс-служба Министерства обороны']);
    expect(
      speakers(
        'Компания «Ромашка» опубликовала отчёт.\n\n«Работа находится на завершающем этапе», — говорится в документе.',
      ),
    ).toEqual(['Компания Ромашка']);
    // A body the quotation before was given issued the statement it goes on with.
    expect(
      speakers(
        '«Работа идёт по плану», — сообщила пресс-служба Минобороны. Срок назван впервые. «Работу завершат в марте», — говорится в сообщении.',
      ),
    ).toEqual(['пресс-служба Минобороны', 'пресс-служба Минобороны']);
    // A body only mentioned, with no verb of publishing, is not the author.
    expect(
      speakers(
        'Министерство обороны проверило часть. «Работа находится на завершающем этапе», — говорится в сообщении.',
      ),
    ).toEqual(['']);
    // Nor is a person the quotation before was given.
    expect(
      speakers(
        '«Работа идёт по плану», — сказал министр Иван Седов. Срок назван впервые. «Работу завершат в марте», — говорится в сообщении.',
      ),
    ).toEqual(['Иван Седов', '']);
    // After an outlet's report, a statement may be anyone's.
    expect(
      speakers(
        '«Мы закроем сделку», — пишет NEWSru.com. «Эта идея абсурдна», — говорится в сообщении.',
      ),
    ).toEqual(['NEWSru.com', '']);
  });

  it('puts a patronymic and a foreign surname declined as a noun in the nominative', () => {
    expect(speakers('По словам Джона Смита, «всё идёт по плану».')).toEqual(['Джон Смит']);
    expect(speakers('По словам Ивана Петровича Седова, «всё идёт по плану».')).toEqual([
      'Иван Петрович Седов',
    ]);
    expect(speakers('По словам Анны Петровны Седовой, «всё идёт по плану».')).toEqual([
      'Анна Петровна Седова',
    ]);
    // A Russian surname keeps its own rule.
    expect(speakers('По словам Михаила Горбачёва, «всё идёт по плану».')).toEqual([
      'Михаил Горбачёв',
    ]);
  });

  it('reads «рэпер» and «нападавший» as roles given only to whom the article named so', () => {
    expect(
      speakers(
        'Американский рэпер Джон Смит выпустил альбом. В интервью рэпер признался: «Я устал».',
      ),
    ).toEqual(['Джон Смит']);
    expect(
      speakers(
        'На сцену ворвался нападавший Иван Седов. «Я не хотел никого убивать», — сказал нападавший.',
      ),
    ).toEqual(['Иван Седов']);
    // The person just reported may be the interviewer or the one attacked: nobody is given.
    expect(speakers('Джон Смит выпустил альбом. В интервью рэпер признался: «Я устал».')).toEqual([
      '',
    ]);
    expect(
      speakers('Полиция задержала Ивана Седова. «Я не хотел никого убивать», — сказал нападавший.'),
    ).toEqual(['']);
  });

  it('gives a quotation paragraph to the person a «как сообщил» clause before it reports', () => {
    expect(
      speakers(
        'Как сообщил министр Иван Седов, завод закроют в марте.\n\n«Это решение окончательное, и пересматривать его мы не будем».',
      ),
    ).toEqual(['Иван Седов']);
    // Another person named in that sentence may be whose the words are.
    expect(
      speakers(
        'Как сообщил министр Иван Седов, директор Пётр Орлов уволен.\n\n«Это решение окончательное, и пересматривать его мы не будем».',
      ),
    ).toEqual(['']);
  });
});
