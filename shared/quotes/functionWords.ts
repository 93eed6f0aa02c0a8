/**
 * Closed-class words the phrase parser must never read as names or roles, even when a
 * sentence starts with them ("После матча", "After the match").
 */
export const functionWords = {
  prepositions: new Set(
    (
      'в во на по при после до из изо к ко у о об обо с со для за перед под над через без от ' +
      'про между среди около вокруг ради вместо кроме согласно in at to on for from with ' +
      'during after before of by about over under into through between among via per since ' +
      'despite without within upon across according ' +
      // "A man near Tom Reed said": a name placed by these is where the speaker stands, not
      // who speaks (round thirty-three: Tom Reed was given at 0.95).
      'near behind beside alongside opposite against toward towards'
    ).split(' '),
  ),
  fillers: new Set(
    (
      'и а но однако также тоже уже еще затем потом позже ранее впоследствии вновь снова лишь ' +
      'даже вот же ли вчера сегодня накануне тогда теперь сейчас вдобавок кстати правда ' +
      'напомним вовсе далее and but then also later however again further earlier meanwhile ' +
      'previously still yet so today yesterday now first finally moreover separately likewise ' +
      'similarly instead indeed while whilst although though because since when once unless ' +
      // "Nonetheless, in the wake of the coup, the Department of State advised": adverbs
      // opening a sentence, no names (round thirty-two).
      'nonetheless nevertheless ' +
      'хотя если когда пока поскольку поэтому тем также итак впрочем позднее прежде затем ' +
      // «Вечером Шефер сказал»: a time of day or year opening the sentence is no first name.
      'утром днем вечером ночью весной летом осенью зимой'
    ).split(' '),
  ),
  pronouns: new Map<string, 'm' | 'f' | 'plural' | 'neuter'>([
    ['он', 'm'],
    ['она', 'f'],
    ['они', 'plural'],
    ['оно', 'neuter'],
    ['he', 'm'],
    ['she', 'f'],
    ['they', 'plural'],
    ['it', 'neuter'],
    ['его', 'm'],
    ['ее', 'f'],
    ['их', 'plural'],
    ['his', 'm'],
    ['her', 'f'],
    ['their', 'plural'],
    ['its', 'neuter'],
  ]),
  articles: new Set(['the', 'a', 'an']),
  /** Subordinators that open the reported clause: "said that", "сказал, что". */
  complementizers: new Set(['что', 'чтобы', 'будто', 'that', 'whether', 'if']),
  otherWords: new Set(
    (
      'это этот эта эти этом этого тот та те как так где когда который которая которые ' +
      'мы вы я ты нам нас им ему ей this these those there here we you i our your my ' +
      'what which who whom whose when where why how one another someone somebody some many ' +
      'several others'
    ).split(' '),
  ),
};

const allFunctionWords: ReadonlySet<string> = new Set([
  ...functionWords.prepositions,
  ...functionWords.fillers,
  ...functionWords.pronouns.keys(),
  ...functionWords.articles,
  ...functionWords.complementizers,
  ...functionWords.otherWords,
]);

/** True for any closed-class word above (one look-up: it runs for every word of an article). */
export function isFunctionWord(norm: string): boolean {
  return allFunctionWords.has(norm);
}
