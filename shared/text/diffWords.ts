import { diffArrays } from 'diff';
import { findCommonEnds } from './findCommonEnds';

/** One run of a word diff: unchanged, added in the newer text, or removed from the older. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Past this many word edits the middle is shown as replaced whole rather than aligned. */
const maxEditedWords = 1000;

/**
 * A word-level diff of two texts, for comparing revisions: jsdiff's Myers diff over words
 * (each with the whitespace before it), common start and end trimmed first, neighbouring
 * parts of one kind merged. jsdiff's own `diffWords` is not used: its tokenizer counts only
 * Latin letters as word characters, so Cyrillic would be compared letter by letter, and it
 * splits punctuation from the word it ends ("Москвы." is one changed word here).
 */
export function diffWords(older: string, newer: string): DiffPart[] {
  const a = splitWords(older);
  const b = splitWords(newer);
  const { start, endA, endB } = findCommonEnds(a, b);
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const changes = diffArrays(middleA, middleB, { maxEditLength: maxEditedWords });
  if (changes) {
    for (const change of changes) {
      push(
        parts,
        change.added ? 'added' : change.removed ? 'removed' : 'same',
        change.value.join(''),
      );
    }
  } else {
    push(parts, 'removed', middleA.join(''));
    push(parts, 'added', middleB.join(''));
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/** Words with the whitespace before them, so joining the parts gives the text back. */
function splitWords(text: string): string[] {
  return text.match(/\s*\S+|\s+$/gu) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
