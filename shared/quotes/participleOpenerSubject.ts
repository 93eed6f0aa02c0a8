import type { TextIndex } from './buildTextIndex';
import { isFunctionWord } from './functionWords';
import { normalizeWord } from './normalizeWord';
import { isRoleWord } from './roleWords';

/** A participle of judging words that opens an English sentence ("Describing X as"). */
const judgingParticiple =
  /^[\s"“]*(?:Describing|Calling|Branding|Labell?ing|Dubbing|Terming|Deeming)\s[^,;.!?]*$/u;

/** The comma closing the participle phrase, inside or outside the closing mark. */
const closingComma = /^(?:,["”]|["”]?\s*,)\s*/u;

/** Capitalised words, each maybe with an initial's period, and what follows the last. */
const capitalisedRun =
  /^((?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}-]*)(['’]s?)?(?=\s+[\p{Ll}—–-]|\s*[,—–])/u;

/**
 * "Describing the camp as "…", Hamed — held there for years — saw …": words quoted in a
 * participle phrase that opens the sentence, judging something, are the judgement of the main
 * clause's subject, the name right after the phrase's comma (round thirty-two). Roles may
 * stand before the name ("Senator Ann Lowe"); a possessive ("Ann Lowe's lawyer") is no
 * subject. Returns the name as written and where it starts.
 */
export function participleOpenerSubject(
  text: string,
  index: TextIndex,
  quoteStart: number,
  quoteEnd: number,
): { name: string; offset: number } | undefined {
  const sentenceStart = index.sentenceStart(quoteStart);
  if (!judgingParticiple.test(text.slice(sentenceStart, quoteStart))) return undefined;
  const comma = closingComma.exec(text.slice(quoteEnd, quoteEnd + 4));
  if (comma === null) return undefined;
  const from = quoteEnd + comma[0].length;
  const run = capitalisedRun.exec(text.slice(from, from + 80));
  if (run === null || run[2] !== undefined) return undefined;
  const words = (run[1] ?? '').split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && isRoleWord(words[first] ?? '')) first += 1;
  const name = words.slice(first);
  if (name.length > 3 || name.some((word) => isFunctionWord(normalizeWord(word)))) return undefined;
  const written = name.join(' ');
  return { name: written, offset: from + (run[1] ?? '').lastIndexOf(written) };
}
