/** The article's own text fields that find and replace searches besides the body. */
export type ArticleTextField = 'headline' | 'lede';

/** The headline and the lede as they stand. */
export type ArticleTextFields = Record<ArticleTextField, string>;

/**
 * A place in the article, in reading order: the headline, the lede, then the body, where a
 * figure's caption and credit come at the figure. `from` is an offset in the headline, lede,
 * caption or credit string, and a document position in the body; `figure` is the figure's
 * document position.
 */
export type ArticlePlace =
  | { field: ArticleTextField; from: number }
  | { field: 'body'; from: number }
  | { field: 'caption' | 'credit'; figure: number; from: number };

/** A match of a search, wherever in the article it is; `to` is measured as `from` is. */
export type ArticleMatch = ArticlePlace & { to: number };

/** A match in the body document: in its text, or in a figure's caption or credit. */
export type DocumentMatch = Extract<ArticleMatch, { field: 'body' | 'caption' | 'credit' }>;

const fieldRank = { headline: 0, lede: 1, body: 2, caption: 2, credit: 2 } as const;
const withinFigureRank = { headline: 0, lede: 0, body: 0, caption: 1, credit: 2 } as const;

/** Negative when `a` comes before `b` in reading order, 0 at the same place. */
export function compareArticlePlaces(a: ArticlePlace, b: ArticlePlace): number {
  return (
    fieldRank[a.field] - fieldRank[b.field] ||
    documentPosition(a) - documentPosition(b) ||
    withinFigureRank[a.field] - withinFigureRank[b.field] ||
    a.from - b.from
  );
}

/**
 * The index of the first match at or after `place`, wrapping to the first one; -1 when there
 * are none. `matches` are in reading order, as the finders give them.
 */
export function firstMatchFrom(matches: readonly ArticleMatch[], place: ArticlePlace): number {
  if (matches.length === 0) return -1;
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const match = matches[middle];
    if (match && compareArticlePlaces(match, place) < 0) low = middle + 1;
    else high = middle;
  }
  return low < matches.length ? low : 0;
}

/** The match's place in the body document: where its figure or its text starts; 0 outside. */
function documentPosition(place: ArticlePlace): number {
  if (place.field === 'caption' || place.field === 'credit') return place.figure;
  return place.field === 'body' ? place.from : 0;
}
