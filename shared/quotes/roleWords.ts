import { createStemLexicon } from './createStemLexicon';
import { normalizeWord } from './normalizeWord';

/**
 * Russian role nouns as stems: a role is written in any case ("заместителя министра",
 * "губернатором"), so each stem is matched with the noun endings below.
 */
const russianRoleStems =
  'министр замминистр заместител вице-премьер премьер премьер-министр мэр вице-мэр губернатор ' +
  'вице-губернатор президент вице-президент глав председател зампред руководител директор ' +
  'гендиректор представител пресс-секретар секретар генсек спикер депутат законодател сенатор посол ' +
  'парламентар парламентари полпред советник помощник эксперт аналитик экономист политолог социолог профессор ' +
  'академик доцент доктор учен врач главврач юрист адвокат прокурор генпрокурор судь следовател ' +
  'начальник ' +
  'командующ генерал полковник майор капитан лейтенант сержант шериф инспектор детектив тренер наставник игрок нападающ ' +
  'защитник вратар певец певиц актер актрис режиссер писател поэт журналист корреспондент ' +
  'редактор главред обозревател блогер активист лидер основател создател ' +
  'сотрудник специалист инженер координатор докладчик оратор член участник организатор ректор декан ' +
  'учител художник худрук канцлер корол принц патриарх митрополит священник омбудсмен ' +
  'уполномоченн комиссар шеф бизнесмен предпринимател инвестор чиновник политик префект ' +
  'клиент клиентк соратник гражданин гражданк жител жительниц очевидец очевидц свидетел пассажир студент пенсионер ветеран автор ' +
  'исследовател биолог физик химик историк архитектор градостроител урбанист волонтер ' +
  'спасател пожарн полицейск посла послом послу послы послов певц владелец владельц ' +
  'совладелец совладельц экс-председател ' +
  'экс-президент экс-премьер экс-министр собеседник собеседниц ' +
  'артист артистк музыкант композитор исполнител дирижер скульптор фотограф ' +
  'спортсмен спортсменк футболист футболистк хоккеист хоккеистк теннисист теннисистк гимнаст ' +
  'гимнастк боксер шахматист шахматистк фигурист фигуристк биатлонист биатлонистк лыжник ' +
  'лыжниц пловец пловц пловчих легкоатлет легкоатлетк велогонщик гонщик борец борц ' +
  // Epithets a newsroom writes for the person it is quoting instead of the name again
  // ("— сказала олимпийская чемпионка", "— рассказала принцесса"; round twenty-six).
  'чемпион чемпионк призер призерк принцесс княгин княз постановщик юбиляр драматург ' +
  'понтифик монарх оппозиционер управляющ маэстро пресс-атташе атташе сопредседател ' +
  // «— сказал форвард «Зенита»»: the positions a sports report names a player by (round
  // thirty-two).
  'форвард полузащитник голкипер ' +
  // «— сообщил ТАСС источник в правительстве»: an unnamed source, the subject after the outlet
  // it spoke to (round thirty-three: the outlet was given).
  'источник';

/**
 * «— сказал американец», «— отметила россиянка»: a nationality the report calls a person by
 * (round thirty-three). Matched only with the singular's endings, nominative plural «-ы/-и»
 * and genitive plural «-ов» left out: «россияне», «300 тысяч греков» are a people, not one
 * person's title.
 */
const russianNationalityStems =
  'американец/американц американк россиянин россиянк британец/британц британк француз ' +
  'француженк немец/немц немк итальянец/итальянц итальянк испанец/испанц испанк японец/японц ' +
  'японк китаец/китайц китаянк канадец/канадц канадк австралиец/австралийц австралийк ' +
  'украинец/украинц украинк белорус белорусск швед шведк норвежец/норвежц норвежк финн финк ' +
  'поляк полячк чех чешк серб сербк хорват хорватк грек гречанк израильтянин израильтянк ' +
  'грузин грузинк армянин армянк казах казашк узбек узбечк кореец/корейц кореянк ' +
  'бразилец/бразильц бразильянк аргентинец/аргентинц аргентинк мексиканец/мексиканц ' +
  'мексиканк швейцарец/швейцарц швейцарк австриец/австрийц австрийк бельгиец/бельгийц ' +
  'бельгийк голландец/голландц голландк датчанин датчанк ирландец/ирландц ирландк ' +
  'шотландец/шотландц шотландк англичанин англичанк индиец/индийц иранец/иранц иранк ' +
  'эстонец/эстонц эстонк латыш латышк литовец/литовц литовк португалец/португальц словак ' +
  'словачк словенец/словенц словенк болгарин болгарк румын румынк венгр венгерк москвич ' +
  'москвичк петербуржец/петербуржц';
/** Each written stem → the word's first stem: «американц(а)» is «американец». */
const nationalityOfStem = new Map(
  russianNationalityStems.split(' ').flatMap((entry) => {
    const [first = '', ...rest] = entry.split('/');
    return [first, ...rest].map((stem): [string, string] => [stem, first]);
  }),
);
const singularEndings: ReadonlySet<string> = new Set(['', 'а', 'у', 'ом', 'е', 'ой', 'ою']);

const englishRoleWords =
  'minister secretary president vice-president governor mayor senator congressman ' +
  'congresswoman representative ambassador spokesperson spokesman spokeswoman official ' +
  'officer director chairman chairwoman chair chief ceo head leader founder co-founder ' +
  'professor researcher scientist doctor lawyer attorney prosecutor judge justice coach ' +
  'manager player captain editor reporter journalist analyst economist expert member ' +
  'commissioner inspector detective sheriff general colonel commander author writer activist ' +
  'campaigner barrister solicitor mp undersecretary adviser advisor consultant engineer ' +
  'teacher student resident witness owner partner executive premier chancellor king queen ' +
  'prince pope bishop priest rabbi imam diplomat envoy delegate councillor councilor ' +
  'councilman councilwoman superintendent principal dean administrator coordinator ' +
  'organizer organiser worker employee staffer aide assistant deputy lieutenant sergeant ' +
  'constable marshal agent investigator physician surgeon nurse pilot astronaut farmer ' +
  'singer actor actress producer artist musician historian ambassador administrator ' +
  'specialist principal psychologist economist strategist lawmaker legislator politician ' +
  'defector survivor victim parent mother father owner chef referee striker goalkeeper ' +
  'athlete footballer cyclist driver racer swimmer boxer golfer gymnast skier skater teammate ' +
  'team-mate mate boss secretary-general attorney-general director-general governor-general';

/** Capitalised English titles that stand before a name ("Ambassador Mohib", "Dr Smith"). */
const englishTitles =
  'president prime minister secretary ambassador professor prof dr mr mrs ms miss sir dame ' +
  'senator sen rep representative governor gov mayor general gen colonel col captain capt ' +
  'lieutenant lt sergeant sgt judge justice chancellor king queen prince princess pope ' +
  'bishop father rabbi imam sheikh chairman chief director coach commissioner inspector ' +
  'detective superintendent constable deputy vice foreign home shadow undersecretary ' +
  'spokesperson spokesman spokeswoman ceo mp officer administrator lord lady reverend rev';

/** Honorifics that carry gender but are neither name nor role. */
const honorifics = new Map<string, 'm' | 'f'>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['господин', 'm'],
  ['госпожа', 'f'],
]);

/** Roles whose word tells the gender ("spokeswoman", "певица"). */
const genderedRoles = new Map<string, 'm' | 'f'>([
  ...(
    'spokeswoman chairwoman congresswoman councilwoman businesswoman actress waitress ' +
    'певица актриса жительница пенсионерка студентка журналистка сотрудница ' +
    'представительница руководительница директриса учительница писательница ' +
    'mother wife sister daughter grandmother'
  )
    .split(' ')
    .map((word): [string, 'f'] => [word, 'f']),
  ...'spokesman chairman congressman councilman businessman father husband brother son grandfather'
    .split(' ')
    .map((word): [string, 'm'] => [word, 'm']),
]);

/** Gender a role phrase reveals through one of its words, or undefined. */
export function roleGender(role: string): 'm' | 'f' | undefined {
  for (const word of normalizeWord(role).split(/[\s,]+/)) {
    const gender = genderedRoles.get(word) ?? genderedRoles.get(word.replace(/[ыуейю]$/, 'а'));
    if (gender !== undefined) return gender;
  }
  return undefined;
}

/** Roles that name the same office, so "премьер" finds "глава правительства". */
const roleSynonyms: readonly (readonly string[])[] = [
  ['премьер', 'премьер-министр', 'правительств'],
  ['президент', 'лидер', 'государств'],
  ['губернатор', 'регион', 'област', 'кра'],
  ['мэр', 'город'],
  // «Король Альберт II … Монарх также призвал»: the paper's word for the king again.
  ['монарх', 'корол'],
  ['генпрокурор', 'генеральный прокурор', 'генерального прокурора'],
  ['prime', 'premier'],
  ['president', 'leader'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'representative'],
];

const matchRole = createStemLexicon(`${russianRoleStems} ${englishRoleWords}`);
const matchNationality = createStemLexicon(
  [...nationalityOfStem.keys()].join(' '),
  singularEndings,
);
const titles = new Set(englishTitles.split(/\s+/));

/** True when `word` is a role noun in either language, in any Russian case or English number. */
export function isRoleWord(word: string): boolean {
  return roleStem(word) !== undefined;
}

/** The role stem `word` belongs to ("губернатором" → "губернатор"), or undefined. */
export function roleStem(word: string): string | undefined {
  // Asked of most capitalised words, the same words many times: one look-up answers a word
  // for both lexicons (a second lexicon's look-up for every word cost a few per cent of
  // detection). Bounded as the lexicons' own answers are; a word with no stem is kept as null.
  const known = knownStems.get(word);
  if (known !== undefined) return known ?? undefined;
  if (knownStems.size >= maxKnownStems) knownStems.clear();
  const stem = matchRole(word) ?? nationalityOfStem.get(matchNationality(word) ?? '');
  knownStems.set(word, stem ?? null);
  return stem;
}

const knownStems = new Map<string, string | null>();
const maxKnownStems = 20_000;

/** True when the role's first role word is a nationality («американец», «россиянки»). */
export function isNationalityRole(role: string): boolean {
  for (const word of role.split(/[\s,]+/)) {
    if (matchRole(word) !== undefined) return false;
    if (matchNationality(word) !== undefined) return true;
  }
  return false;
}

/** True for an English title that may be capitalised inside a name run ("Ambassador"). */
export function isNameTitle(word: string): boolean {
  return titles.has(withoutPeriod(normalizeWord(word)));
}

/** Gender an honorific gives ("Ms" → 'f'), or undefined. */
export function honorificGender(word: string): 'm' | 'f' | undefined {
  return honorifics.get(withoutPeriod(normalizeWord(word)));
}

/** The word without a final period ("Dr." → "dr"); asked of most capitalised words. */
function withoutPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Roles that serve another's ("заместитель министра" is not the minister). */
const subordinateStems = new Set([
  'заместител',
  'замминистр',
  'помощник',
  'советник',
  'представител',
  'пресс-секретар',
  'deputy',
  'assistant',
  'adviser',
  'advisor',
  'aide',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);

/**
 * True when one role serves the other: its first role word is a deputy, an aide or a
 * representative and the other's is not ("заместитель министра обороны" vs "министр").
 */
export function isSubordinateRole(role: string, other: string): boolean {
  const head = firstRoleStem(role);
  return (
    head !== undefined &&
    subordinateStems.has(head) &&
    !subordinateStems.has(firstRoleStem(other) ?? '')
  );
}

/**
 * Titles of people an article seldom names: a representative, an official, an employee, and
 * a journalist quoted on the subject ("— написал журналист газеты Yukon Sun" after a sentence
 * about Trump), who writes about the person just reported rather than being them.
 */
const unnamedStems = new Set([
  'источник',
  'чиновник',
  'собеседник',
  'собеседниц',
  'сотрудник',
  'журналист',
  'корреспондент',
  'official',
  'officer',
  'employee',
  'staffer',
  'journalist',
  'reporter',
  'correspondent',
]);

/**
 * True when a role nobody was named in should stay unnamed rather than be read as the
 * person just reported: "— добавил представитель студии", "an official said".
 */
export function isUnnamedRole(role: string): boolean {
  const head = firstRoleStem(role);
  return head !== undefined && (subordinateStems.has(head) || unnamedStems.has(head));
}

/**
 * "По словам прокуроров, Чжан оказалась «…»", "prosecutors said": a title in the plural
 * names a group, never the one holder the article named; nobody is named. Only the Russian
 * genitive plural is read (the nominative plural "главы" is also a genitive singular).
 */
export function isPluralRole(role: string): boolean {
  const head = role.split(/[\s,]+/).find((word) => roleStem(word) !== undefined);
  if (head === undefined) return false;
  const word = normalizeWord(head);
  return /^[а-я]/.test(word) ? /[^и](?:ов|ев|ей)$/.test(word) : /[^su]s$/.test(word);
}

function firstRoleStem(role: string): string | undefined {
  for (const word of role.split(/[\s,]+/)) {
    const stem = roleStem(word);
    if (stem !== undefined) return stem;
  }
  return undefined;
}

/** Stems of the role's own words plus its synonyms, used to compare two role phrases. */
export function roleKeys(role: string): Set<string> {
  const keys = new Set<string>();
  for (const word of role.split(/[\s,]+/)) {
    const stem = roleStem(word);
    if (stem !== undefined) keys.add(stem);
  }
  const normalizedRole = normalizeWord(role);
  const words = normalizedRole.split(/[\s,]+/);
  for (const group of roleSynonyms) {
    // A stem starts a word: "кра" is "края", not the middle of "Украины".
    const isMember = (member: string): boolean =>
      member.includes(' ')
        ? normalizedRole.includes(member)
        : words.some((word) => word.startsWith(member));
    if (group.some(isMember)) {
      for (const member of group) keys.add(`~${member}`);
    }
  }
  return keys;
}
