import { createHash, hash } from 'node:crypto';
import Typograf from 'typograf';
import type { ArticleLanguage } from '../../../shared/article/articleSchema';
import type { Typography } from '../../../shared/export/exportTypes';
import { countText, type TextCounts } from '../../../shared/text/countText';

/**
 * Bump when Galley's own typography (extra rules, protected ranges, line handling) changes
 * its results: typeset text kept by an earlier version is then not reused.
 */
const typesetVersion = 1;

// Text that exercises the typographer's rules, as the export fingerprint's probes do.
const probes = [
  ['ru', 'Он сказал: "Мы готовы - и 10 000 раз в 2025 г. на ул. Ленина, д. 5..." А "вы"?'],
  ['en', "She said: \"It's ready - 10 000 times in 2025... at No. 5,\" and 'then' -- done."],
] as const;

/**
 * What typeset text kept between exports is valid for: Galley's typography version,
 * typograf's version and the typographer's results on text that exercises its rules, and the
 * counts of that text (a body's counts are kept with its typesetting).
 */
export function typographerKey(typography: Typography): string {
  const results = probes.map(([language, text]) => [
    typography(text, language),
    countText(text, language),
  ]);
  return createHash('sha256')
    .update(JSON.stringify([typesetVersion, Typograf.version, results]))
    .digest('base64url');
}

/** The key an input of the typographer is kept under: a digest of its language and text. */
export function typesetEntryKey(text: string, language: string): string {
  // The one-shot `hash` gives `createHash`'s digest without a Hash object per text.
  return hash('sha256', `${language}\0${text}`, 'base64url').slice(0, 32);
}

// The counts of a body are kept under a key no typeset text has: its language is `ru` or `en`.
function countEntryKey(text: string, language: ArticleLanguage): string {
  return typesetEntryKey(text, `count-${language}`);
}

function countsOf(entry: string): TextCounts | undefined {
  const [words, withSpaces, withoutSpaces, readingMinutes] = entry.split(',').map(Number);
  if (
    words === undefined ||
    withSpaces === undefined ||
    withoutSpaces === undefined ||
    readingMinutes === undefined ||
    [words, withSpaces, withoutSpaces, readingMinutes].some((n) => !Number.isSafeInteger(n))
  )
    return undefined;
  return {
    words,
    charactersWithSpaces: withSpaces,
    charactersWithoutSpaces: withoutSpaces,
    readingMinutes,
  };
}

function countEntry(counts: TextCounts): string {
  return [
    counts.words,
    counts.charactersWithSpaces,
    counts.charactersWithoutSpaces,
    counts.readingMinutes,
  ].join(',');
}

/**
 * Everything one render of an article typeset, by {@link typesetEntryKey}: the entries, or
 * their JSON as {@link typesetEntriesJson} writes it.
 */
export type TypesetEntries = ReadonlyMap<string, string> | string;

/** Typeset entries as the library keeps them: the JSON of their pairs, in order. */
export function typesetEntriesJson(entries: ReadonlyMap<string, string>): string {
  return JSON.stringify([...entries]);
}

/** A typographer that answers from text typeset before, and records what it was asked. */
export interface TypesetMemo {
  typography: Typography;
  /** `countText`, answered from counts kept before and recorded like typeset text. */
  count: (text: string, language: ArticleLanguage) => TextCounts;
  /** Every input typeset through it, by {@link typesetEntryKey}, and its result. */
  used: Map<string, string>;
  /**
   * True when something was typeset and `used` holds anything `known` did not, or leaves out
   * some of it (an article found unchanged is not rendered, and its kept text stays).
   */
  changed(): boolean;
}

/**
 * Wraps `typography` so each text is typeset at most once across exports: `known` holds what
 * an earlier render of the same article typeset. A text that changed has a new key and is
 * typeset afresh, so a memo can be stale only in size, never in its answers.
 */
export function typesetMemo(
  typography: Typography,
  known: ReadonlyMap<string, string> | undefined,
): TypesetMemo {
  const used = new Map<string, string>();
  let fresh = false;
  return {
    used,
    typography: (text, language) => {
      const key = typesetEntryKey(text, language);
      let result = used.get(key);
      if (result !== undefined) return result;
      result = known?.get(key);
      if (result === undefined) {
        result = typography(text, language);
        fresh = true;
      }
      used.set(key, result);
      return result;
    },
    count: (text, language) => {
      const key = countEntryKey(text, language);
      const entry = used.get(key) ?? known?.get(key);
      const kept = entry === undefined ? undefined : countsOf(entry);
      if (entry !== undefined && kept) {
        used.set(key, entry);
        return kept;
      }
      const counts = countText(text, language);
      fresh = true;
      used.set(key, countEntry(counts));
      return counts;
    },
    changed: () => used.size > 0 && (fresh || used.size !== (known?.size ?? 0)),
  };
}
