import { normalizeWord } from './normalizeWord';

/**
 * Common first names with their gender. They split a run of capitalised words into role and
 * name ("Мэра Москвы Наталья Сергунина") and give pronouns a gender to agree with. A name
 * missing here only weakens those two guesses; the detector still works without it.
 */
const russianMale =
  'александр алексей анатолий андрей антон аркадий арсений артем артур борис вадим валентин ' +
  'валерий василий виктор виталий владимир владислав вячеслав геннадий георгий герман глеб ' +
  'григорий давид даниил денис дмитрий евгений егор иван игорь илья иосиф кирилл константин ' +
  'лев леонид максим марк матвей михаил никита николай олег павел петр роман руслан рустам ' +
  'семен сергей станислав степан тарас тимур федор филипп эдуард юрий ярослав рамзан ' +
  'шамиль вениамин всеволод эльдар ринат айдар джон джордж майкл питер дэвид томас уильям ' +
  'джеймс роберт ричард пол стив билл дональд барак эммануэль франсуа макс оливер ' +
  'ахмед мухаммед али мартин кевин эрик фрэнк генри гарри скотт брайан райан джек ' +
  // Foreign first names as Russian news writes them (round twenty-six).
  'хуан карлос хосе луис педро пабло рауль уго альфредо джованни франц ханс нейл ' +
  'карл вольфганг жерар стивен кристофер тони джо джонни чарли тим ларри патрик нельсон ' +
  'элтон оуэн арон теодор анджей алишер марат тимофей';
const russianFemale =
  'александра алена алина алла анастасия ангелина анна валентина валерия вера вероника ' +
  'виктория галина дарья евгения екатерина елена елизавета жанна зоя инна ирина карина ' +
  'кира ксения лариса лидия любовь людмила маргарита марина мария надежда наталья наталия ' +
  'нина оксана олеся ольга полина раиса светлана софья софия тамара татьяна ульяна эльвира ' +
  'юлия яна ангела хиллари мэри джейн кэтрин тереза ' +
  'варвара хилари пегги моника серена маргарет нэнси уитни кармен марисса настасья матильда ' +
  'кристина сара эмма дженнифер анджелина';
const englishMale =
  'aaron adam alan albert alex alexander andrew anthony arthur barack ben benjamin bill bob ' +
  'boris brian bruce carl carlos charles chris christopher colin daniel david dennis donald ' +
  'douglas edward eric frank gary george gerald gordon greg harry henry howard ian jack ' +
  'jacob james jason jeff jeffrey jeremy jim joe john jonathan jose joseph juan justin keith ' +
  'kenneth kevin larry lee luis marc mark martin matthew michael mike nathan nicholas paul ' +
  'peter philip richard robert roger ronald ryan sam samuel scott sean stephen steve steven ' +
  'thomas tim timothy todd tom tony victor walter william ahmed mohamed muhammad ali omar ' +
  'hassan ivan vladimir dmitry sergei igor francois pierre jean hans klaus giovanni marco ' +
  'max nick patrick dale nicolas ted';
const englishFemale =
  'alice amanda amy angela ann anna anne barbara betty caitlin carol caroline catherine ' +
  'christine claire diana donna dorothy elizabeth emily emma helen jane janet jennifer ' +
  'jessica joan julia julie karen kate katherine kathleen laura linda lisa lydia margaret ' +
  'maria marie mary melissa michelle nancy natalie nicole olivia pamela patricia rachel ' +
  'rebecca ruth sandra sarah sharon stephanie susan theresa victoria hillary fatima ' +
  'natalia olga irina svetlana elena marina tatiana ingrid lauren';

const genders = new Map<string, 'm' | 'f'>();
for (const name of words(russianMale)) genders.set(name, 'm');
for (const name of words(russianFemale)) genders.set(name, 'f');
for (const name of words(englishMale)) genders.set(name, 'm');
for (const name of words(englishFemale)) genders.set(name, 'f');

/** Case endings to undo before a look-up: Russian first names decline ("Натальей", "Ивану"). */
const russianInflections: readonly (readonly [string, string])[] = [
  ['ой', 'а'],
  ['ей', 'я'],
  ['ою', 'а'],
  ['ы', 'а'],
  ['и', 'я'],
  ['и', 'а'],
  ['е', 'а'],
  ['е', 'я'],
  ['у', 'а'],
  ['ю', 'я'],
  ['ом', ''],
  ['ем', 'ь'],
  ['ем', 'й'],
  ['ем', ''],
  ['а', ''],
  ['я', 'ь'],
  ['я', 'й'],
  ['у', ''],
  ['ю', 'й'],
  ['ю', 'ь'],
  ['е', ''],
  ['е', 'й'],
];

/** Gender of a first name in any case form ("Елену" → 'f'), or undefined if unknown. */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  const lemma = firstNameLemma(word);
  return lemma === undefined ? undefined : genders.get(lemma);
}

/**
 * The gender a first name as written tells, '' when it tells none: «Александра» is a woman's
 * name and also Александр's genitive («по словам главы ведомства Александра Жарова»), «Андрея»
 * is Андрей's, so a feminine-looking form that is a man's name in another case is no evidence.
 */
export function writtenNameGender(word: string): 'm' | 'f' | '' {
  const gender = firstNameGender(word) ?? '';
  return gender === 'f' && maleNameOfGenitive(word) !== undefined ? '' : gender;
}

/** The man's name a form like «Александра» or «Андрея» is the genitive of, if any. */
export function maleNameOfGenitive(word: string): string | undefined {
  const normalized = normalizeWord(word);
  if (!/[ая]$/.test(normalized)) return undefined;
  const stem = normalized.slice(0, -1);
  return [stem, `${stem}й`, `${stem}ь`].find((form) => genders.get(form) === 'm');
}

/**
 * Every case form the inflections above read back to a known first name, with its lemma: the
 * look-up below runs for every capitalised word of an article. A form takes the first
 * inflection (in the order above) that leads to a known name, as undoing them in turn would.
 */
const lemmas = new Map<string, string>();
for (const [ending, replacement] of russianInflections) {
  for (const name of genders.keys()) {
    if (!name.endsWith(replacement)) continue;
    const form = name.slice(0, name.length - replacement.length) + ending;
    if (!genders.has(form) && !lemmas.has(form)) lemmas.set(form, name);
  }
}
// Each name is its own lemma, so that a look-up, most often of no name at all, is one.
for (const name of genders.keys()) lemmas.set(name, name);

/** The dictionary form of a known first name ("елену" → "елена"), or undefined. */
export function firstNameLemma(word: string): string | undefined {
  const normalized = normalizeWord(word);
  const lemma = lemmas.get(normalized);
  if (lemma !== undefined || !accentedLatin.test(normalized)) return lemma;
  // "Íngrid", "Álvaro", "François": the list is written without accents, which foreign names
  // in English and Russian text keep or drop as the writer pleases. Only Latin letters are
  // stripped: Cyrillic й and ё would decompose too.
  return lemmas.get(normalized.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** A Latin letter with a diacritic (Latin-1 Supplement and Latin Extended-A). */
const accentedLatin = /[\u00c0-\u017f]/;

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}
