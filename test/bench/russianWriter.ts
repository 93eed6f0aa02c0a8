import type { Random } from '../support/createRandom';
import type { LanguageWriter } from './languageWriter';
import type { MarkovChain } from './mineCorpora';

type Gender = 'm' | 'f' | 'n' | 'pl';
/** nominative, genitive, dative, accusative, instrumental, prepositional */
type Case = 0 | 1 | 2 | 3 | 4 | 5;

// Endings for each case, singular then plural, by declension class (inanimate nouns).
const nounEndings: Record<string, { cut: number; gender: Gender; sg: string[]; pl: string[] }> = {
  m: {
    cut: 0,
    gender: 'm',
    sg: ['', 'а', 'у', '', 'ом', 'е'],
    pl: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'],
  },
  mv: {
    cut: 0,
    gender: 'm',
    sg: ['', 'а', 'у', '', 'ом', 'е'],
    pl: ['и', 'ов', 'ам', 'и', 'ами', 'ах'],
  },
  ms: {
    cut: 1,
    gender: 'm',
    sg: ['ь', 'я', 'ю', 'ь', 'ем', 'е'],
    pl: ['и', 'ей', 'ям', 'и', 'ями', 'ях'],
  },
  f: {
    cut: 1,
    gender: 'f',
    sg: ['а', 'ы', 'е', 'у', 'ой', 'е'],
    pl: ['ы', '', 'ам', 'ы', 'ами', 'ах'],
  },
  fv: {
    cut: 1,
    gender: 'f',
    sg: ['а', 'и', 'е', 'у', 'ой', 'е'],
    pl: ['и', '', 'ам', 'и', 'ами', 'ах'],
  },
  fi: {
    cut: 2,
    gender: 'f',
    sg: ['ия', 'ии', 'ии', 'ию', 'ией', 'ии'],
    pl: ['ии', 'ий', 'иям', 'ии', 'иями', 'иях'],
  },
  ni: {
    cut: 2,
    gender: 'n',
    sg: ['ие', 'ия', 'ию', 'ие', 'ием', 'ии'],
    pl: ['ия', 'ий', 'иям', 'ия', 'иями', 'иях'],
  },
  no: {
    cut: 1,
    gender: 'n',
    sg: ['о', 'а', 'у', 'о', 'ом', 'е'],
    pl: ['а', '', 'ам', 'а', 'ами', 'ах'],
  },
  pt: {
    cut: 1,
    gender: 'pl',
    sg: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'],
    pl: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'],
  },
};

const adjectiveEndings: Record<'hard' | 'velar', Record<Gender, string[]>> = {
  hard: {
    m: ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'],
    f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
    n: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
    pl: ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'],
  },
  velar: {
    m: ['ий', 'ого', 'ому', 'ий', 'им', 'ом'],
    f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
    n: ['ое', 'ого', 'ому', 'ое', 'им', 'ом'],
    pl: ['ие', 'их', 'им', 'ие', 'ими', 'их'],
  },
};

/** [lemma, class], commonest first (picked with Zipf weights). */
const nouns: Array<[string, string]> = [
  ['бюджет', 'm'],
  ['правительство', 'no'],
  ['реформа', 'f'],
  ['компания', 'fi'],
  ['решение', 'ni'],
  ['проект', 'm'],
  ['закон', 'm'],
  ['программа', 'f'],
  ['налог', 'mv'],
  ['выборы', 'pt'],
  ['система', 'f'],
  ['экономика', 'fv'],
  ['инфляция', 'fi'],
  ['соглашение', 'ni'],
  ['строительство', 'no'],
  ['проблема', 'f'],
  ['банк', 'mv'],
  ['зарплата', 'f'],
  ['стратегия', 'fi'],
  ['доклад', 'm'],
  ['договор', 'm'],
  ['совет', 'm'],
  ['суд', 'm'],
  ['министерство', 'no'],
  ['район', 'm'],
  ['заявление', 'ni'],
  ['предложение', 'ni'],
  ['исследование', 'ni'],
  ['территория', 'fi'],
  ['комиссия', 'fi'],
  ['университет', 'm'],
  ['транспорт', 'm'],
  ['экспорт', 'm'],
  ['производство', 'no'],
  ['энергия', 'fi'],
  ['технология', 'fi'],
  ['инвестиция', 'fi'],
  ['санкция', 'fi'],
  ['переговоры', 'pt'],
  ['импорт', 'm'],
  ['сезон', 'm'],
  ['маршрут', 'm'],
  ['контракт', 'm'],
  ['тариф', 'm'],
  ['фонд', 'm'],
  ['штраф', 'm'],
  ['аэропорт', 'm'],
  ['регион', 'm'],
  ['кредит', 'm'],
  ['спрос', 'm'],
  ['кризис', 'm'],
  ['объект', 'm'],
  ['вокзал', 'm'],
  ['турнир', 'm'],
  ['театр', 'm'],
  ['стадион', 'm'],
  ['парк', 'mv'],
  ['рейтинг', 'mv'],
  ['итог', 'mv'],
  ['политика', 'fv'],
  ['статистика', 'fv'],
  ['библиотека', 'fv'],
  ['клиника', 'fv'],
  ['квота', 'f'],
  ['норма', 'f'],
  ['команда', 'f'],
  ['победа', 'f'],
  ['работа', 'f'],
  ['группа', 'f'],
  ['схема', 'f'],
  ['цена', 'f'],
  ['полиция', 'fi'],
  ['категория', 'fi'],
  ['организация', 'fi'],
  ['администрация', 'fi'],
  ['история', 'fi'],
  ['лаборатория', 'fi'],
  ['экспедиция', 'fi'],
  ['станция', 'fi'],
  ['ситуация', 'fi'],
  ['управление', 'ni'],
  ['изменение', 'ni'],
  ['сокращение', 'ni'],
  ['повышение', 'ni'],
  ['здание', 'ni'],
  ['учреждение', 'ni'],
  ['обращение', 'ni'],
  ['агентство', 'no'],
  ['общество', 'no'],
  ['государство', 'no'],
  ['хозяйство', 'no'],
  ['спектакль', 'ms'],
  ['автомобиль', 'ms'],
  ['фестиваль', 'ms'],
  ['показатель', 'ms'],
];

/** [stem, class]: "нов" + "ый". */
const adjectives: Array<[string, 'hard' | 'velar']> = [
  ['нов', 'hard'],
  ['российск', 'velar'],
  ['крупн', 'hard'],
  ['местн', 'hard'],
  ['главн', 'hard'],
  ['финансов', 'hard'],
  ['федеральн', 'hard'],
  ['экономическ', 'velar'],
  ['международн', 'hard'],
  ['государственн', 'hard'],
  ['региональн', 'hard'],
  ['социальн', 'hard'],
  ['налогов', 'hard'],
  ['транспортн', 'hard'],
  ['промышленн', 'hard'],
  ['цифров', 'hard'],
  ['бюджетн', 'hard'],
  ['строительн', 'hard'],
  ['научн', 'hard'],
  ['культурн', 'hard'],
  ['спортивн', 'hard'],
  ['экологическ', 'velar'],
  ['энергетическ', 'velar'],
  ['московск', 'velar'],
  ['ключев', 'hard'],
  ['общественн', 'hard'],
  ['частн', 'hard'],
  ['коммунальн', 'hard'],
  ['медицинск', 'velar'],
  ['образовательн', 'hard'],
  ['жилищн', 'hard'],
];

const verbs = [
  'утвердить',
  'обсудить',
  'представить',
  'одобрить',
  'поддержать',
  'изменить',
  'объявить',
  'запустить',
  'сократить',
  'увеличить',
  'рассмотреть',
  'подписать',
  'отложить',
  'продлить',
  'заморозить',
  'раскритиковать',
  'профинансировать',
  'пересмотреть',
  'отменить',
  'расширить',
];
const speechVerbs = [
  'сказать',
  'заявить',
  'отметить',
  'подчеркнуть',
  'пояснить',
  'добавить',
  'сообщить',
  'признать',
  'уточнить',
];

const maleNames = [
  'Иван',
  'Сергей',
  'Алексей',
  'Дмитрий',
  'Андрей',
  'Михаил',
  'Олег',
  'Павел',
  'Николай',
  'Артём',
  'Виктор',
  'Игорь',
];
const femaleNames = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Екатерина',
  'Светлана',
  'Юлия',
  'Дарья',
  'Марина',
];
const surnames = [
  'Петров',
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Соколов',
  'Попов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
  'Волков',
  'Соловьёв',
  'Васильев',
  'Зайцев',
  'Павлов',
  'Семёнов',
  'Голубев',
  'Виноградов',
  'Богданов',
  'Воробьёв',
  'Фёдоров',
  'Михайлов',
  'Беляев',
  'Тарасов',
  'Белов',
  'Комаров',
  'Орлов',
  'Киселёв',
  'Макаров',
  'Андреев',
  'Ковалёв',
  'Ильин',
  'Гусев',
  'Титов',
  'Кузьмин',
  'Кудрявцев',
  'Баранов',
  'Куликов',
  'Алексеев',
  'Степанов',
];
const roles = [
  'министр экономики',
  'министр финансов',
  'глава администрации',
  'мэр города',
  'председатель комитета',
  'пресс-секретарь компании',
  'директор департамента',
  'эксперт',
  'аналитик',
  'депутат Госдумы',
  'губернатор области',
  'президент компании',
  'президент',
  'профессор МГУ',
  'руководитель проекта',
];
/** [nominative, genitive] */
const organizations: Array<[string, string]> = [
  ['Минфин', 'Минфина'],
  ['Росстат', 'Росстата'],
  ['Центробанк', 'Центробанка'],
  ['мэрия', 'мэрии'],
  ['Госдума', 'Госдумы'],
  ['правительство', 'правительства'],
  ['Сбербанк', 'Сбербанка'],
  ['Высшая школа экономики', 'Высшей школы экономики'],
  ['Минздрав', 'Минздрава'],
  ['Минтранс', 'Минтранса'],
  ['РЖД', 'РЖД'],
  ['Аэрофлот', 'Аэрофлота'],
];
/** [nominative, genitive, prepositional] */
const cities: Array<[string, string, string]> = [
  ['Москва', 'Москвы', 'Москве'],
  ['Санкт-Петербург', 'Санкт-Петербурга', 'Санкт-Петербурге'],
  ['Казань', 'Казани', 'Казани'],
  ['Новосибирск', 'Новосибирска', 'Новосибирске'],
  ['Екатеринбург', 'Екатеринбурга', 'Екатеринбурге'],
  ['Нижний Новгород', 'Нижнего Новгорода', 'Нижнем Новгороде'],
  ['Самара', 'Самары', 'Самаре'],
  ['Ростов-на-Дону', 'Ростова-на-Дону', 'Ростове-на-Дону'],
  ['Красноярск', 'Красноярска', 'Красноярске'],
  ['Пермь', 'Перми', 'Перми'],
  ['Воронеж', 'Воронежа', 'Воронеже'],
  ['Владивосток', 'Владивостока', 'Владивостоке'],
  ['Калининград', 'Калининграда', 'Калининграде'],
  ['Тюмень', 'Тюмени', 'Тюмени'],
  ['Омск', 'Омска', 'Омске'],
  ['Уфа', 'Уфы', 'Уфе'],
];
const monthsPrepositional = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const periods = ['год', 'квартал', 'месяц', 'первое полугодие', 'прошлую неделю'];
const rareSentences = [
  'Отдельно обсуждались платежи в криптовалюте и риски, связанные с криптовалютами.',
  'Находку изучают палеонтологи из Новосибирска: по словам палеонтолога, таких останков в регионе ещё не находили.',
  'Над стадионом на время праздника подняли дирижабль с логотипом города.',
  'Гиперзвуковой двигатель испытали на полигоне под Самарой.',
];

const rubrics = [
  'Политика',
  'Экономика',
  'Общество',
  'Происшествия',
  'Культура',
  'Спорт',
  'Наука',
  'Мир',
  'Технологии',
  'Здоровье',
];
const authors = [
  'Анна Петрова',
  'Иван Смирнов',
  'Ольга Белова',
  'Дмитрий Орлов',
  'Мария Соколова',
  'Павел Зайцев',
  'Елена Волкова',
  'Андрей Титов',
  'Ирина Гусева',
  'Николай Ильин',
  'Светлана Макарова',
  'Артём Козлов',
  'Юлия Фёдорова',
  'Олег Баранов',
  'Татьяна Куликова',
  'Сергей Алексеев',
];

const vowels = /^[аеёиоуыэюя]/i;

export function createRussianWriter(random: Random, chain: MarkovChain | null): LanguageWriter {
  let articleNouns = nouns;
  let articleVerbs = verbs;
  let articleAdjectives = adjectives;
  let articleCities = cities;
  let articleOrganizations = organizations;
  const noun = (lemma: string, kind: string, caseIndex: Case, plural: boolean): string => {
    const endings = nounEndings[kind] ?? nounEndings['m'];
    if (!endings) throw new Error(`unknown noun class ${kind}`);
    const stem = endings.cut ? lemma.slice(0, -endings.cut) : lemma;
    return stem + ((plural ? endings.pl : endings.sg)[caseIndex] ?? '');
  };
  const genderOf = (kind: string): Gender => nounEndings[kind]?.gender ?? 'm';

  /** A noun phrase in a case: maybe an adjective, agreeing. */
  const phrase = (
    caseIndex: Case,
    options: { plural?: boolean; adjective?: number } = {},
  ): { text: string; agreement: Gender } => {
    const [lemma, kind] = random.zipf(articleNouns, 0.9);
    const plural = kind === 'pt' || (options.plural ?? random.chance(0.25));
    const agreement: Gender = plural ? 'pl' : genderOf(kind);
    let text = noun(lemma, kind, caseIndex, plural);
    if (random.chance(options.adjective ?? 0.55)) {
      const [stem, adjectiveKind] = random.zipf(articleAdjectives, 0.8);
      text = `${stem}${adjectiveEndings[adjectiveKind][agreement][caseIndex] ?? ''} ${text}`;
    }
    if (random.chance(0.2) && caseIndex !== 1) text += ` ${phrase(1, { adjective: 0.3 }).text}`;
    return { text, agreement };
  };
  const past = (infinitive: string, agreement: Gender): string =>
    infinitive.slice(0, -2) + { m: 'л', f: 'ла', n: 'ло', pl: 'ли' }[agreement];
  const city = () => random.zipf(articleCities);
  const tail = (): string =>
    random.pick([
      '',
      '',
      ` в ${city()[2]}`,
      ` в ${random.pick(monthsPrepositional)}`,
      ` до конца ${random.between(2024, 2028)} года`,
      ` на ${random.between(2, 40)}%`,
      ` по итогам ${random.pick(['года', 'квартала', 'переговоров', 'проверки'])}`,
    ]);
  const about = (text: string): string => `${vowels.test(text) ? 'об' : 'о'} ${text}`;
  const clause = (): string => {
    const subject = phrase(0);
    return `${subject.text} ${past(random.zipf(articleVerbs), subject.agreement)} ${phrase(3).text}`;
  };

  const templates: Array<() => string> = [
    () => `${capitalize(clause())}${tail()}.`,
    () => {
      const subject = phrase(0, { plural: true });
      return `По данным ${random.pick(articleOrganizations)[1]}, ${subject.text} ${random.pick(['выросли', 'снизились', 'подорожали', 'сократились'])} на ${random.between(2, 35)}% за ${random.pick(periods)}.`;
    },
    () => `В ${city()[2]} ${clause()}.`,
    () => `Речь идёт ${about(phrase(5).text)}.`,
    () => `Эксперты связывают ${phrase(3).text} с ${phrase(4).text}.`,
    () => `Объём ${phrase(1).text} составил ${random.between(2, 900)} млрд рублей.`,
    () => `Как сообщает ${random.pick(articleOrganizations)[0]}, ${clause()}${tail()}.`,
    () => `Рассмотрение ${phrase(1).text} продолжится в ${random.pick(monthsPrepositional)}.`,
    () => `Ранее ${clause()}.`,
    () => {
      const subject = phrase(0);
      const will = subject.agreement === 'pl' ? 'будут' : 'будет';
      return `${capitalize(subject.text)} ${will} ${random.zipf(articleVerbs)} ${phrase(3).text}${tail()}.`;
    },
    () => `При этом ${clause()}, а ${clause()}.`,
    () =>
      `Жители ${city()[1]} ${random.pick(['жалуются на', 'ждут', 'обсуждают', 'поддерживают'])} ${phrase(3).text}.`,
  ];

  const sentence = (): string => {
    if (chain && random.chance(0.35)) {
      const mined = chain.sentence(random);
      if (mined) return mined;
    }
    return random.zipf(templates, 0.5)();
  };
  const quoteContent = (): string => {
    const parts = [
      random.chance(0.5)
        ? `Мы ${past(random.zipf(articleVerbs), 'pl')} ${phrase(3).text}${tail()}`
        : `${capitalize(clause())}${tail()}`,
    ];
    if (random.chance(0.5))
      parts.push(
        `и это ${random.pick(['только начало', 'важный шаг', 'вынужденная мера', 'наш приоритет'])}`,
      );
    return parts.join(', ');
  };
  const say = (gender: 'm' | 'f'): string => past(random.zipf(speechVerbs, 0.7), gender);

  return {
    language: 'ru',
    rubrics,
    tags: [
      ...nouns.slice(0, 60).map(([lemma]) => lemma),
      ...cities.map(([name]) => name),
      ...organizations.map(([name]) => name),
    ],
    authors,
    startArticle: () => {
      articleNouns = random.some(nouns, 14, 0.3);
      articleVerbs = random.some(verbs, 8, 0.5);
      articleAdjectives = random.some(adjectives, 8, 0.5);
      articleCities = random.some(cities, 2, 0.9);
      articleOrganizations = random.some(organizations, 2, 0.5);
    },
    headline: () => {
      const subject = phrase(0, { adjective: 0.5 });
      const where = random.chance(0.4) ? ` в ${city()[2]}` : '';
      return capitalize(
        `${subject.text} ${past(random.zipf(articleVerbs), subject.agreement)} ${phrase(3, { adjective: 0.6 }).text}${where}`,
      );
    },
    sentence,
    quote: (speaker, isFirstMention) => {
      const name = isFirstMention ? `${speaker.role} ${speaker.fullName}` : speaker.surname;
      const content = capitalize(quoteContent());
      switch (random.int(4)) {
        case 0:
          return `«${content}», — ${say(speaker.gender)} ${name}.`;
        case 1:
          return isFirstMention
            ? `${capitalize(speaker.role)} ${speaker.fullName} ${say(speaker.gender)}: «${content}».`
            : `${speaker.surname} ${say(speaker.gender)}: «${content}».`;
        case 2:
          return `«${content}, — ${say(speaker.gender)} ${name}. — ${capitalize(quoteContent())}».`;
        default:
          return `${sentence()} «${content}», — ${say(speaker.gender)} ${name}.`;
      }
    },
    blockQuote: (speaker) => ({
      text: `«${capitalize(quoteContent())}. ${capitalize(quoteContent())}»`,
      attribution: `— ${speaker.fullName}, ${speaker.role}`,
    }),
    speaker: () => {
      const gender = random.chance(0.45) ? 'f' : 'm';
      const first = random.pick(gender === 'f' ? femaleNames : maleNames);
      const surname = random.zipf(surnames, 0.6) + (gender === 'f' ? 'а' : '');
      return { fullName: `${first} ${surname}`, surname, role: random.zipf(roles, 0.7), gender };
    },
    subheading: () =>
      random.chance(0.5)
        ? capitalize(phrase(0, { adjective: 0.8 }).text)
        : `Что изменится для ${random.pick(['жителей', 'бизнеса', 'пассажиров', 'пенсионеров', 'студентов'])}`,
    listItem: () =>
      random.chance(0.5) ? `${capitalize(phrase(0).text)} — ${random.between(1, 95)}%` : sentence(),
    caption: () => `${capitalize(phrase(0, { adjective: 0.7 }).text)} в ${city()[2]}`,
    rareSentence: () => {
      for (const [index, text] of rareSentences.entries())
        if (random.chance(0.004 / (index + 1))) return text;
      return null;
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
