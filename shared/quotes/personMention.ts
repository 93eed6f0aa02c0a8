/** A person named in the article's own words (not inside a quotation). */
export interface PersonMention {
  /** The name as written here ("Натальей Сергуниной" stays in its case). */
  name: string;
  /** Role written with this mention, '' if none. */
  role: string;
  gender: 'm' | 'f' | '';
  offset: number;
  /** The mention is the subject of a speech verb, so it is written in the nominative. */
  isSubject: boolean;
  /** The first person named in its sentence: most often the sentence's subject. */
  isSentenceSubject: boolean;
  /** Where the mention's sentence starts, to tell whether two mentions share a sentence. */
  sentenceStart: number;
}
