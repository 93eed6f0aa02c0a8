/** The words of a text that begin with one of a query's initials, with their stems, in order. */
export interface CandidateWords {
  starts: number[];
  ends: number[];
  stems: string[];
}

/**
 * The candidate words `makeSnippet` finds in a text, kept per text for the query's set of
 * initials. Typing a word, every prefix has the same first letter and each keystroke's page
 * shows mostly the articles of the one before: finding and stemming the same words of the same
 * bodies again was most of a page's snippets. Keyed by the text itself, so a changed body is
 * another key and nothing kept can be stale; the oldest texts go first past `maxTexts`.
 */
export class SnippetWordCache {
  private readonly entries = new Map<string, { initials: string; words: CandidateWords }>();

  constructor(private readonly maxTexts: number) {}

  /** The words kept for `text` under `initials`, else `find()`'s, kept. */
  wordsOf(text: string, initials: string, find: () => CandidateWords): CandidateWords {
    const kept = this.entries.get(text);
    if (kept !== undefined) {
      // Most recently used last.
      this.entries.delete(text);
      this.entries.set(text, kept);
      if (kept.initials === initials) return kept.words;
    }
    const words = find();
    this.entries.set(text, { initials, words });
    if (this.entries.size > this.maxTexts) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return words;
  }
}
