import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** How a query is matched against the text. */
export interface FindOptions {
  caseSensitive: boolean;
  /** Only whole words: no letter, digit or combining mark right before or after the match. */
  wholeWord: boolean;
}

/** A match as document positions: `from` before its first character, `to` after its last. */
export interface FindMatch {
  from: number;
  to: number;
}

/**
 * Stands in for an inline node that is not text (a hard break), one character per position
 * it takes, so string offsets map to document positions by plain addition. It is neither
 * a letter nor anything a person types, so a match never runs across a line break.
 */
const inlineLeafStandIn = '\uFFFC';

/**
 * Every match of `query` in the document's text blocks (only those overlapping `within`,
 * when given; each is searched whole), in document order and never overlapping. A match may run across marks (half bold, half not) but never across a
 * block boundary, where the reader sees a new paragraph. One pass over the text blocks,
 * one regular expression built from the escaped query: the cost is linear in the text.
 */
export function findMatches(
  doc: ProseMirrorNode,
  query: string,
  options: FindOptions,
  within?: { from: number; to: number },
): FindMatch[] {
  const matches: FindMatch[] = [];
  if (query === '') return matches;
  const pattern = findPattern(query, options);
  const visit = (node: ProseMirrorNode, pos: number): boolean => {
    if (!node.isTextblock) return true;
    const text = textblockText(node);
    const start = pos + 1;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      matches.push({ from: start + found.index, to: start + found.index + found[0].length });
    }
    return false;
  };
  if (within) doc.nodesBetween(within.from, within.to, visit);
  else doc.descendants(visit);
  return matches;
}

/** The first match that starts at or after `pos`, wrapping to the first one; -1 when none. */
export function firstMatchFrom(matches: readonly FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.from ?? Infinity) < pos) low = middle + 1;
    else high = middle;
  }
  return low < matches.length ? low : 0;
}

// Combining marks count as part of a word: Russian text writes stress as a combining
// acute (за́мок), and "whole word" must not stop in the middle of such a word.
const wordCharacter = '[\\p{L}\\p{N}\\p{M}]';

function findPattern(query: string, options: FindOptions): RegExp {
  // Only syntax characters: the `u` flag refuses any other escaped character.
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = options.wholeWord
    ? `(?<!${wordCharacter})${escaped}(?!${wordCharacter})`
    : escaped;
  return new RegExp(source, options.caseSensitive ? 'gu' : 'giu');
}

function textblockText(block: ProseMirrorNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : inlineLeafStandIn.repeat(child.nodeSize);
  });
  return text;
}
