import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-three, Russian', () => {
  it('reads an accusative surname before a masculine verb as its object, the subject after the quotation', () => {
    // «Седова» before «назвал» is the object; the subject closes the sentence.
    expect(
      speakers('Режиссёр Иван Седов и критик Пётр Орлов поспорили. Седова назвал «позором» Орлов.'),
    ).toEqual(['Пётр Орлов']);
    expect(speakers('Седова назвал «позором» Орлов.')).toEqual(['Орлов']);
    // With no name after the quotation, nobody is given rather than the object.
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. Седова назвал «позором» критик.',
      ),
    ).toEqual(['']);
    // The nominative subject before the verb still speaks.
    expect(
      speakers('Режиссёр Иван Седов и критик Пётр Орлов поспорили. Седов назвал фильм «позором».'),
    ).toEqual(['Иван Седов']);
    // A woman's nominative in -ова agrees with a feminine verb and speaks.
    expect(
      speakers(
        'Режиссёр Иван Седов и актриса Анна Орлова поспорили. Орлова назвала фильм «позором».',
      ),
    ).toEqual(['Анна Орлова']);
  });

  it('does not join a genitive surname and the nominative surname after it into one name', () => {
    expect(
      speakers(
        'Режиссёр Иван Седов и критик Пётр Орлов поспорили. В ответ на слова Орлова Седов заявил: «Это неправда».',
      ),
    ).toEqual(['Иван Седов']);
    expect(speakers('В ответ на слова Орлова Седов заявил: «Это неправда».')).toEqual(['Седов']);
    // A first name keeps its surname: «Анна Орлова» is one name.
    expect(speakers('Актриса Анна Орлова заявила: «Это неправда».')).toEqual(['Анна Орлова']);
  });

  it('does not give the addressee of a cite verb as whose words it quotes', () => {
    // A woman's dative after «процитировал» is to whom the words were quoted.
    expect(
      speakers('Депутат Иван Орлов выступил. Седов процитировал Орловой: «Мне стыдно».'),
    ).toEqual(['']);
    // «Орлову» before the verb's own object («её слова») is a dative too, not Иван Орлов.
    expect(
      speakers('Депутат Иван Орлов выступил. Седов процитировал Орлову её слова: «Мне стыдно».'),
    ).toEqual(['']);
    expect(
      speakers('Депутат Иван Орлов выступил. Седов процитировал Орловой её слова: «Мне стыдно».'),
    ).toEqual(['']);
    // The accusative object right before the colon is still whose words they are.
    expect(
      speakers('Депутат Иван Орлов выступил. Седов процитировал Орлова: «Мне стыдно».'),
    ).toEqual(['Иван Орлов']);
    expect(
      speakers(
        'Депутат Иван Орлов выступил. Седов процитировал Орлова в своём блоге: «Мне стыдно».',
      ),
    ).toEqual(['Иван Орлов']);
    expect(speakers('Иван Петров процитировал Марию Иванову: «Сделка закрыта».')).toEqual([
      'Мария Иванова',
    ]);
  });

  it('reads «раскрыл свою мысль» after a quotation as a speech cue', () => {
    expect(
      speakers(
        'Режиссёр Иван Седов поставил спектакль. «Это история о доме», — раскрыл свою мысль Седов.',
      ),
    ).toEqual(['Иван Седов']);
    expect(
      speakers(
        'Режиссёр Иван Седов поставил спектакль. «Это история о доме», — раскрыл свою мысль постановщик.',
      ),
    ).toEqual(['Иван Седов']);
    expect(speakers('«Это история о доме», — развила мысль Анна Котова.')).toEqual(['Анна Котова']);
  });

  it('reads a nominative full name after the object phrase opening the sentence as the subject', () => {
    expect(
      speakers(
        'Решение о переезде Анна Котова приняла сама: «Мне здесь тесно, я хочу жить у моря и работать в тишине».',
      ),
    ).toEqual(['Анна Котова']);
    // A name a preposition governs is no subject.
    expect(
      speakers(
        'О переезде с Анной Котовой договорились быстро: «Мне здесь тесно, я хочу жить у моря».',
      ),
    ).toEqual(['']);
  });

  it("reads an indeclinable word after a role as the role's place, not a name", () => {
    // «Торонто», «Осло», «Айдахо» stand in the genitive unchanged: never the speaker's name.
    expect(
      speakers('Мэр Торонто Иван Седов открыл мост. «Это важный день», — сказал мэр Торонто.'),
    ).toEqual(['Иван Седов']);
    expect(speakers('«Это важный день», — сказал мэр Осло.')).toEqual(['']);
    expect(speakers('Губернатор Айдахо заявил: «Это важный день».')).toEqual(['']);
    // A surname in «-о» the article writes in full still speaks; alone it is left unshown.
    expect(
      speakers('Министр Иван Шевченко открыл мост. «Это важный день», — сказал министр Шевченко.'),
    ).toEqual(['Иван Шевченко']);
    expect(speakers('«Это важный день», — сказал министр Шевченко.')).toEqual(['']);
    // A first name in «-о» the article writes with its surname is the person's.
    expect(
      speakers(
        'Принцесса Нако Сакураи вышла замуж. По словам принцессы Нако, жениха отличает «добрая улыбка».',
      ),
    ).toEqual(['Нако Сакураи']);
  });

  it('does not join a lone word to the first name of a full name written after it', () => {
    // «Торонто Иван Седов»: «Иван Седов» is a full name of its own, «Торонто» no part of it.
    expect(
      speakers('Мэр Торонто Иван Седов открыл мост. «Это важный день», — сказал Торонто.'),
    ).toEqual(['']);
    // A first name completed by its surname still is.
    expect(
      speakers('На митинг пришёл пенсионер Хоакин Ортис. «Нам нужен мост», — сказал Хоакин.'),
    ).toEqual(['Хоакин Ортис']);
  });

  it('reads a nationality after the cue as the person the article gives it', () => {
    expect(
      speakers(
        'Американец Джон Смит поставил спектакль вместе с Петром Орловым. «Это история о доме», — сказал американец.',
      ),
    ).toEqual(['Джон Смит']);
    expect(
      speakers(
        'Американец Джон Смит обыграл россиянина Ивана Седова. Седов заявил, что устал. «Это была тяжёлая игра», — сказал россиянин.',
      ),
    ).toEqual(['Иван Седов']);
    // With no one else in view, the person just reported is meant.
    expect(
      speakers('Анна Котова выиграла турнир. «Это была тяжёлая игра», — сказала россиянка.'),
    ).toEqual(['Анна Котова']);
  });

  it('never gives another person for a nationality the article does not tie to anyone', () => {
    // Two people in view: the nationality may be either's.
    expect(
      speakers('Иван Седов обыграл Джона Смита. «Это была тяжёлая игра», — сказал американец.'),
    ).toEqual(['']);
    expect(
      speakers(
        'Американец Джон Смит обыграл Ивана Седова. «Это была тяжёлая игра», — сказал россиянин.',
      ),
    ).toEqual(['']);
    // A plural is a people, not one person's title.
    expect(
      speakers(
        'Россияне Иван Седов и Пётр Орлов выиграли турнир. «Это была тяжёлая игра», — сказал россиянин.',
      ),
    ).toEqual(['']);
  });

  it("reads the title right before an object's name as that person's, not the subject's", () => {
    // «Россиянин Иван Седов обвинил судью Петра Орлова»: the judge is Орлов, never Седов; one
    // the article names only as an object is a guess, not shown.
    expect(
      speakers(
        'Россиянин Иван Седов обвинил судью Петра Орлова. «Это было нарушение», — сказал судья.',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Россиянин Иван Седов обвинил американца Петра Орлова. «Это было нарушение», — сказал американец.',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Россиянин Иван Седов обвинил судью Петра Орлова. Орлов заявил, что не согласен. «Это было нарушение», — сказал судья.',
      ),
    ).toEqual(['Петр Орлов']);
  });

  it('reads a pronoun right after a cite verb as whom the outlet quotes, never the outlet', () => {
    expect(
      speakers(
        'Депутат Иван Седов выступил в парламенте. «Мост будет построен к весне», — цитирует его «Вестник».',
      ),
    ).toEqual(['Иван Седов']);
    expect(
      speakers(
        'Депутат Анна Котова выступила в парламенте. «Мост будет построен к весне», — цитирует её агентство «Вестник».',
      ),
    ).toEqual(['Анна Котова']);
    expect(
      speakers(
        'Депутат Иван Седов выступил в парламенте. «Мост будет построен к весне», — цитирует его слова «Вестник».',
      ),
    ).toEqual(['Иван Седов']);
    // «её пресс-секретаря»: the aide is quoted, and the aide is not named.
    expect(
      speakers(
        'Депутат Анна Котова выступила в парламенте. «Мост будет построен к весне», — цитирует её пресс-секретаря «Вестник».',
      ),
    ).toEqual(['']);
    // «их»: a group, nobody named.
    expect(
      speakers(
        'Депутат Иван Седов выступил в парламенте. «Мост будет построен к весне», — цитирует их «Вестник».',
      ),
    ).toEqual(['']);
  });

  it('never gives the person a lawyer, a coach or a brother is of', () => {
    // A person noun in the nominative before a surname the article writes otherwise: whose.
    for (const noun of ['адвокат', 'тренер', 'брат', 'друг', 'коллега', 'соперник', 'сосед']) {
      expect(
        speakers(`Иван Седов выступил. «Мост будет построен», — сказал ${noun} Седова.`),
      ).toEqual(['']);
    }
    expect(
      speakers('Иван Седов выступил. «Мост будет построен», — заявил тренер Ивана Седова.'),
    ).toEqual(['']);
    expect(
      speakers('Иван Седов выступил. Как заявил адвокат Седова, «мост будет построен».'),
    ).toEqual(['']);
    // A lawyer's own name after the genitive is the speaker; an apposition shares the case.
    expect(
      speakers('Иван Седов выступил. «Мост будет построен», — заявил адвокат Седова Пётр Орлов.'),
    ).toEqual(['Пётр Орлов']);
    expect(speakers('«Мост будет построен», — заявил адвокат Иван Седов.')).toEqual(['Иван Седов']);
    expect(
      speakers('Адвокат Анна Седова выступила. «Мост будет построен», — сказала адвокат Седова.'),
    ).toEqual(['Анна Седова']);
  });

  it('keeps the subject right after an inverted verb whose comma closes it', () => {
    expect(
      speakers(
        'Иван Седов выступил. «Мост будет построен», — сказал Седов, отвечая на вопрос Петра Орлова.',
      ),
    ).toEqual(['Иван Седов']);
    expect(
      speakers(
        'Иван Седов выступил. «Мост будет построен», — ответил на вопрос Петра Орлова Седов.',
      ),
    ).toEqual(['Иван Седов']);
    expect(speakers('В ответ на слова Петра Орлова Седов заявил: «Это неправда».')).toEqual([
      'Седов',
    ]);
    // A patronymic keeps a full name whole.
    expect(speakers('Иван Петрович Седов писал: «Красота спасёт мир».')).toEqual([
      'Иван Петрович Седов',
    ]);
  });

  it('reads «источник» after the outlet it spoke to as an unnamed source', () => {
    expect(
      speakers(
        'Иван Седов выступил. «Мост будет построен», — сообщил «Вестнику» источник в правительстве.',
      ),
    ).toEqual(['']);
    expect(
      speakers(
        'Иван Седов выступил. «Мост будет построен», — сообщил ТАСС источник в правительстве.',
      ),
    ).toEqual(['']);
    expect(
      speakers('Иван Седов выступил. «Мост будет построен», — сказал источник, близкий к Седову.'),
    ).toEqual(['']);
  });

  it('reads an object opening the sentence before the verb and its subject', () => {
    const opening = 'Режиссёр Иван Седов и критик Пётр Орлов поспорили. ';
    for (const sentence of [
      'Седову ответил Орлов: «Фильм не удался».',
      'Седову возразил критик Орлов: «Фильм не удался».',
      'Седова поддержал Орлов: «Фильм удался».',
      'Седову позвонил Орлов и сказал: «Фильм удался».',
      'Как и Седов, Орлов считает: «Фильм удался».',
    ])
      expect(speakers(opening + sentence)).toEqual(['Пётр Орлов']);
    // After the quotation, a dative before the nominative surname is whom it was said to.
    expect(speakers(`${opening}«Фильм не удался», — ответил Седову Орлов.`)).toEqual([
      'Пётр Орлов',
    ]);
    // The subject first keeps its place; with no subject written, nobody is given.
    expect(speakers(`${opening}Седов ответил Орлову: «Фильм удался».`)).toEqual(['Иван Седов']);
    expect(speakers(`${opening}Седову ответил: «Фильм удался».`)).toEqual(['']);
    // A woman's nominative in -ова with her verb is the subject.
    expect(
      speakers(
        'Режиссёр Анна Седова и критик Пётр Орлов поспорили. Седова поддержала Орлова: «Фильм удался».',
      ),
    ).toEqual(['Анна Седова']);
  });

  it("never joins a surname in another case to the subject's after an inverted verb", () => {
    const opening = 'Режиссёр Иван Седов и критик Пётр Орлов поспорили. ';
    for (const cue of [
      'объяснил Орлов Седову',
      'отметил в разговоре с Седовым Орлов',
      'говорит о Седове Орлов',
      'сказал после встречи с Седовым Орлов',
      'сказал после встречи с Иваном Седовым критик Пётр Орлов',
    ])
      expect(speakers(`${opening}«Фильм не удался», — ${cue}.`)).toEqual(['Пётр Орлов']);
  });

  it('reads a reporting clause closing the sentence as the speaker of a phrase quoted inside it', () => {
    expect(
      speakers(
        'Власти рассматривают «все другие варианты» строительства моста, заявил в воскресенье в интервью «Вестнику» мэр Иван Седов.',
      ),
    ).toEqual(['Иван Седов']);
    expect(
      speakers(
        'Курс, начатый «ради мира и согласия в регионе», будет продолжен, говорит член совета Иван Седов.',
      ),
    ).toEqual(['Иван Седов']);
    // A source named before the quotation keeps it; the clause after passes it on.
    expect(speakers('Иван Седов назвал мост «красивым», сообщил Пётр Орлов.')).not.toEqual([
      'Пётр Орлов',
    ]);
    expect(
      speakers(
        'По словам Анны Котовой, власти рассматривают «все другие варианты» строительства моста, заявил Пётр Орлов.',
      ),
    ).not.toEqual(['Пётр Орлов']);
    // A gerund is no reporting clause of its own.
    expect(
      speakers('Власти рассматривают «все другие варианты» строительства моста, заявив об этом.'),
    ).toEqual(['']);
  });

  it('goes on from a paragraph whose last sentence reports one person speaking', () => {
    const quote = '«Нам нужен новый мост через реку. Старый уже не выдерживает машин».';
    expect(speakers(`Министр Иван Седов сообщил, что проект готов.\n\n${quote}`)).toEqual([
      'Иван Седов',
    ]);
    // Someone else named, or another source told, in the quotation's paragraph: nobody.
    expect(
      speakers(`Министр Иван Седов сообщил, что проект готов.\n\n${quote} Так считают жители.`),
    ).toEqual(['']);
    expect(
      speakers(
        `Министр Иван Седов сообщил, что проект готов.\n\n${quote} Пётр Орлов с этим не согласен.`,
      ),
    ).toEqual(['']);
    // Two people in the sentence before, or a paragraph between: nobody.
    expect(speakers(`Министр Иван Седов сообщил, что Пётр Орлов готов.\n\n${quote}`)).toEqual(['']);
    expect(
      speakers(`Министр Иван Седов сообщил, что проект готов.\n\nЖители недовольны.\n\n${quote}`),
    ).toEqual(['']);
  });
});
