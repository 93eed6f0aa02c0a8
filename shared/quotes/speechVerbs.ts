import { normalizeWord } from './normalizeWord';

/** Grammatical agreement a Russian past-tense verb reveals about its subject. */
export type SpeechGender = 'm' | 'f' | 'plural' | '';

/** A speech verb or speech cue as found in the lexicon. */
export interface SpeechVerb {
  /** The normalised word form (lower case, ё written as е). */
  form: string;
  language: 'ru' | 'en';
  /** Agreement of a Russian past-tense form ("сказала" → 'f'); '' when the form does not tell. */
  gender: SpeechGender;
  /** "цитирует", "quoted": the quoted person is the object, the subject is the outlet. */
  isCite: boolean;
  /** "говорится", "отмечается": no subject; the source follows as "в сообщении X". */
  isPassive: boolean;
  /** Participles and gerunds ("заявив", "saying"): a cue, but never the clause's main verb. */
  isNonFinite: boolean;
}

/**
 * Russian speech verbs as past-tense stems: each takes -л/-ла/-ло/-ли, so every gender and
 * number is covered. The list is kept broad on purpose; add stems here, not in the detector.
 */
export const russianPastStems: readonly string[] = (
  'сказа заяви заявля отмети отмеча рассказа рассказыва сообщи сообща подчеркну подчеркива ' +
  'добави добавля поясни поясня уточни уточня призна признава замети замеча ответи отвеча ' +
  'говори счита напомни напомина объясни объясня констатирова резюмирова предупреди ' +
  'предупрежда пообеща обеща призва призыва цитирова процитирова написа писа переда ' +
  'утвержда заключи заключа подытожи подытожива продолжи продолжа прокомментирова ' +
  'комментирова возрази возража спроси спрашива посетова сетова пошути шути воскликну ' +
  'восклица вспомни вспомина завери заверя увери уверя указа указыва настаива настоя ' +
  'парирова отреза повтори повторя оцени назва называ дополни подтверди подтвержда ' +
  'опровергну разъясни рассужда размышля описа охарактеризова спрогнозирова ' +
  'прогнозирова предположи предполага допусти твитну произнес заверши выступи потребова ' +
  'требова пожела посоветова советова предложи признава выдохну крикну прокрича крича ' +
  'сформулирова отозва поблагодари постанови напутствова высказа ' +
  // Verbs that frame a partial quotation as someone's judgement: "сравнивает «Манифест» со
  // «славным рассветом …»", "посчитал дискуссию «крайне неэтичной»" (round eleven).
  'посчита сравни сравнива окрести ' +
  // «— намекнул премьер», as newsrooms write it after a quotation (round twenty-six).
  'намекну намека'
)
  .split(/\s+/)
  .filter((stem) => stem.length > 0);

/** Reflexive Russian stems: -лся/-лась/-лось/-лись. */
export const russianReflexiveStems: readonly string[] = (
  'призна подели высказа пожалова возмути удиви отозва поинтересова интересова ' +
  'согласи усомни похвали покля извини жалова обрати посетова сокруша вырази ' +
  // «— насмехался Обама», «— усмехнулся он»; «надеялся, что «…»» as «считал» (round twenty-six).
  'насмеха усмехну усмеха надея отшути'
)
  .split(/\s+/)
  .filter((stem) => stem.length > 0);

/** Russian present-tense, gerund and irregular forms that the stems above do not produce. */
export const russianOtherForms: readonly string[] = (
  'говорит говорят считает считают заявляет заявляют отмечает отмечают сообщает сообщают ' +
  'рассказывает рассказывают подчеркивает подчеркивают добавляет добавляют поясняет ' +
  'поясняют уточняет уточняют признает признают признается замечает замечают отвечает ' +
  'отвечают напоминает напоминают объясняет объясняют констатирует констатируют ' +
  'резюмирует предупреждает предупреждают обещает обещают призывает призывают пишет пишут ' +
  'передает передают утверждает утверждают уверяет уверяют указывает указывают настаивает ' +
  'настаивают комментирует комментируют спрашивает сетует сетуют жалуется жалуются ' +
  'возмущается сокрушается согласен согласна согласны шутит вспоминает называет называют полагает полагают продолжает заключает ' +
  'подытоживает соглашается возражает парирует рассуждает размышляет делится убежден ' +
  'убеждена убеждены уверен уверена уверены опроверг опровергла опровергли произнес ' +
  'произнесла заявив отметив подчеркнув добавив сказав уточнив пояснив заявляя отмечая ' +
  'подчеркивая говоря объяснив признав напомнив рассказав сообщив заверив ответив ' +
  'пообещав призвав указав назвав констатировав резюмировав предупредив цитирует цитируют ' +
  // Present-tense forms of past stems above, as reporters write them after a quotation.
  'прогнозирует прогнозируют предсказывает предсказывают возражают шутят восклицает ' +
  'заверяет заверяют напутствует сравнивает сравнивают надеется надеются ' +
  'отшучивается'
)
  .split(/\s+/)
  .filter((form) => form.length > 0);

/** Impersonal forms: "говорится в сообщении ведомства". */
const russianPassiveForms = new Set(
  (
    'говорится отмечается сообщается подчеркивается указывается утверждается цитируется ' +
    'заявлено сказано отмечено написано'
  ).split(' '),
);

/** Forms after which the quoted person is the object: "цитирует РБК Дмитрия Медведева". */
const citeForms = new Set(['цитирует', 'цитируют', 'quoted', 'quotes', 'quoting']);

const russianGerundEnding = /(?:в|вши|я)$/;

/** English speech verbs: lemma, or lemma|third person|past|gerund when irregular. */
export const englishVerbLemmas: readonly string[] = (
  'say|says|said|saying tell|tells|told|telling write|writes|wrote|writing ' +
  'speak|speaks|spoke|speaking read|reads|read|reading admit|admits|admitted|admitting ' +
  'quip|quips|quipped|quipping slam|slams|slammed|slamming go|goes|went|going ' +
  'label|labels|labelled|labeling add note explain ask reply argue insist warn state recall ' +
  'continues|continued acknowledge claim declare comment remark observe announce tweet post respond ' +
  'answer confirm deny suggest describe urge stress emphasize emphasise conclude predict ' +
  'promise vow pledge caution concede boast complain lament joke shout whisper cry exclaim ' +
  'demand agree counter contend maintain reiterate repeat assure inform report reveal ' +
  'disclose allege assert wonder muse characterize characterise brand hail praise ' +
  'criticize criticise blast accuse email recommend mention testify advise retort sigh ' +
  'affirm proclaim clarify elaborate summarize summarise dismiss quote thank estimate ' +
  'believe think reckon call ' +
  // 'challenged politicians to "…"', 'commended Benin for its "…"': urging and praising frame
  // the words as the subject's own, as "urge" and "praise" do (round thirty-two).
  'challenge encourage commend ' +
  // '"Stop!" Reed yelled.': a raised or lowered voice is still speech, as "shout" and
  // "whisper" are (round thirty-three).
  'yell scream shriek holler bellow mutter murmur mumble grumble ' +
  // 'denounced the plan as "…"', 'termed it "…"': judging a thing in one's own words frames
  // them as "dismiss" and "slam" do (round thirty-three). Not "reject" nor "condemn", whose
  // object is as often someone else's words ("rejected the idea that …"); "term" only as a
  // verb ("the terms "…"" names words).
  'denounce decry deride dub termed|terming'
)
  .split(/\s+/)
  .filter((entry) => entry.length > 0);

/** Multi-word cues, matched on normalised words. */
export const multiwordCues: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['по', 'словам'],
  ['по', 'его', 'словам'],
  ['по', 'ее', 'словам'],
  ['по', 'их', 'словам'],
  ['по', 'мнению'],
  // «По его мнению, «…»»: the opinion's holder a pronoun, as «по его словам» (round thirty-two).
  ['по', 'его', 'мнению'],
  ['по', 'ее', 'мнению'],
  ['по', 'их', 'мнению'],
  // A source's account framing the sentence as «по словам» does: «По данным полиции, …
  // «…»», «Со слов чемпиона, «…»» (round twenty-six).
  // «По выражению Орлова, «…»»: whose turn of phrase the marks hold, as «как выразился» (session 25).
  ['по', 'выражению'],
  ['по', 'его', 'выражению'],
  ['по', 'ее', 'выражению'],
  ['по', 'их', 'выражению'],
  ['по', 'данным'],
  ['по', 'информации'],
  ['со', 'слов'],
  // «Емельяненко обратил внимание, что «…»»: a remark made, as «отметил» (round twenty-six).
  ...['обратил', 'обратила', 'обратили', 'обращает', 'обращают'].map((verb) => [verb, 'внимание']),
  // «— раскрыл свою мысль постановщик», «— развила мысль Котова»: the speaker unfolds a
  // thought, as «пояснил» (session 24).
  ...['раскрыл', 'раскрыла', 'раскрыли', 'развил', 'развила', 'развили'].flatMap((verb) => [
    [verb, 'мысль'],
    [verb, 'свою', 'мысль'],
  ]),
  ['put', 'it'],
  ['puts', 'it'],
  ['as', 'saying'],
  ['in', 'the', 'words', 'of'],
  ['приводит', 'слова'],
  ['привел', 'слова'],
  ['привела', 'слова'],
  ['передает', 'слова'],
  ['called', 'for'],
  ['call', 'for'],
  ['calls', 'for'],
  ['pointed', 'out'],
  ['points', 'out'],
  // "«Почему так?» — задается вопросом Уилсон": a question the speaker puts.
  ['задается', 'вопросом'],
  ['задался', 'вопросом'],
  ['задалась', 'вопросом'],
  ['задаются', 'вопросом'],
  // "«…», — так начинается доклад нейробиолога Гэри Уилсона": the author of the text named.
  ...['начинается', 'заканчивается', 'завершается'].flatMap((verb) =>
    ['доклад', 'статья', 'выступление', 'обращение', 'письмо', 'книга', 'заявление'].map((noun) => [
      verb,
      noun,
    ]),
  ),
];

/** Nouns that announce a quotation after a colon: "Слова Сагдеева из интервью: «…»". */
export const speechNouns: ReadonlySet<string> = new Set(
  (
    'слова слов словах заявление заявлении сообщение сообщении интервью реплика цитата ' +
    'обращение обращении письмо письме пост посте твит комментарий комментарии ' +
    'statement words remarks interview ' +
    'tweet message letter comment comments post reads вопрос вопросы question'
  ).split(' '),
);

const lexicon = buildLexicon();

/** The speech verb `word` is a form of, or undefined. Case and ё are ignored. */
export function findSpeechVerb(word: string): SpeechVerb | undefined {
  return lexicon.get(normalizeWord(word));
}

/**
 * The same look-up for a word already in `normalizeWord`'s form (a token's `norm`): it runs
 * for most words of an article, and normalising each again cost a twentieth of detection.
 */
export function findSpeechVerbByNorm(norm: string): SpeechVerb | undefined {
  return lexicon.get(norm);
}

function buildLexicon(): Map<string, SpeechVerb> {
  const entries = new Map<string, SpeechVerb>();
  const add = (form: string, language: 'ru' | 'en', gender: SpeechGender): void => {
    const normalized = normalizeWord(form);
    if (entries.has(normalized)) return;
    entries.set(normalized, {
      form: normalized,
      language,
      gender,
      isCite: citeForms.has(normalized) || /^(?:про)?цитирова/.test(normalized),
      isPassive: russianPassiveForms.has(normalized),
      isNonFinite:
        language === 'en' ? normalized.endsWith('ing') : isRussianNonFinite(normalized, gender),
    });
  };
  for (const stem of russianPastStems) {
    add(`${stem}л`, 'ru', 'm');
    add(`${stem}ла`, 'ru', 'f');
    add(`${stem}ло`, 'ru', '');
    add(`${stem}ли`, 'ru', 'plural');
  }
  for (const stem of russianReflexiveStems) {
    add(`${stem}лся`, 'ru', 'm');
    add(`${stem}лась`, 'ru', 'f');
    add(`${stem}лось`, 'ru', '');
    add(`${stem}лись`, 'ru', 'plural');
  }
  for (const form of russianOtherForms) add(form, 'ru', russianAgreement(form));
  for (const form of russianPassiveForms) add(form, 'ru', '');
  for (const entry of englishVerbLemmas) {
    for (const form of englishForms(entry)) add(form, 'en', '');
  }
  return entries;
}

function russianAgreement(form: string): SpeechGender {
  if (/(?:ют|ят|ут|ат|ны)$/.test(form)) return 'plural';
  if (/(?:ла|на)$/.test(form)) return 'f';
  if (/(?:ен|г|ес)$/.test(form)) return 'm';
  return '';
}

function isRussianNonFinite(form: string, gender: SpeechGender): boolean {
  // "говорится" ends like a gerund but is the finite passive of "говорить".
  return (
    gender === '' &&
    russianGerundEnding.test(form) &&
    !form.endsWith('ется') &&
    !russianPassiveForms.has(form)
  );
}

function englishForms(entry: string): string[] {
  if (entry.includes('|')) return entry.split('|');
  const lemma = entry;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const endsWithConsonantY = /[^aeiou]y$/.test(lemma);
  const third = endsWithConsonantY
    ? `${lemma.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const past = endsWithConsonantY
    ? `${lemma.slice(0, -1)}ied`
    : lemma.endsWith('e')
      ? `${lemma}d`
      : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

/**
 * Length in tokens of the multi-word cue starting at `index` ("according to" → 2), or 0.
 * `words` are normalised token texts.
 */
export function matchMultiwordCue(words: readonly string[], index: number): number {
  // Called at every token of every clause: only cues opening with this word are compared.
  const cues = cuesByFirstWord.get(words[index] ?? '');
  if (cues === undefined) return 0;
  for (const cue of cues) {
    if (cue.every((word, offset) => words[index + offset] === word)) return cue.length;
  }
  return 0;
}

const cuesByFirstWord = new Map<string, (readonly string[])[]>();
for (const cue of multiwordCues) {
  const first = cue[0] ?? '';
  cuesByFirstWord.set(first, [...(cuesByFirstWord.get(first) ?? []), cue]);
}
