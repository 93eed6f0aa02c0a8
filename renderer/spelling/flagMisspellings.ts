import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findSpellingWords } from '../../shared/spell/findSpellingWords';
import type { SpellingCache } from './SpellingCache';
import { mergeStaleRanges, type StaleRange } from './staleRanges';

/** Longer "words" are pasted identifiers or URLs, not words a dictionary can judge. */
const longestWord = 80;

/** What reading some blocks found. */
export interface Flagged {
  /** The underlines in the blocks read. */
  decorations: DecorationSet;
  /** The blocks read. */
  blocks: StaleRange[];
  /** The blocks read that hold words the checker has not answered yet. */
  unanswered: StaleRange[];
  /** What of `ranges` was left unread once `maxCharacters` had been read, in the same terms. */
  rest: StaleRange[];
}

/**
 * Reads the textblocks `ranges` touch, in document order, and stops after the block that
 * takes it past `maxCharacters` of text: the rest is returned to be read later, so a long body
 * is underlined in slices between keystrokes rather than in one long task.
 */
export function flagMisspellings(
  doc: ProseMirrorNode,
  cache: Pick<SpellingCache, 'isMisspelled'>,
  ranges: readonly StaleRange[],
  maxCharacters = Number.POSITIVE_INFINITY,
): Flagged {
  const decorations: Decoration[] = [];
  const blocks: StaleRange[] = [];
  const unanswered: StaleRange[] = [];
  const rest: StaleRange[] = [];
  const size = doc.content.size;
  let characters = 0;
  /** Where reading stopped: the end of the last block read, or -1 while it goes on. */
  let stoppedAt = -1;
  for (const range of ranges) {
    if (stoppedAt >= 0) {
      rest.push(range);
      continue;
    }
    // One position either side, so a range at a block's edge still finds that block.
    doc.nodesBetween(Math.max(0, range.from - 1), Math.min(size, range.to + 1), (node, pos) => {
      if (stoppedAt >= 0) return false;
      if (!node.isTextblock) return true;
      const block = { from: pos, to: pos + node.nodeSize };
      if (blocks.length > 0 && blocks[blocks.length - 1]!.from === block.from) return false;
      blocks.push(block);
      // Inline leaves (breaks, images) count one character each, as they do in positions.
      const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
      let isAnswered = true;
      for (const { word, from, to } of findSpellingWords(text)) {
        if (word.length > longestWord) continue;
        const misspelled = cache.isMisspelled(word);
        if (misspelled === undefined) isAnswered = false;
        if (misspelled !== true) continue;
        decorations.push(
          Decoration.inline(pos + 1 + from, pos + 1 + to, {
            class: 'spelling-error',
            'data-spelling': word,
          }),
        );
      }
      if (!isAnswered) unanswered.push(block);
      characters += text.length;
      if (characters >= maxCharacters) stoppedAt = block.to;
      return false;
    });
    // From just past the last block read: one position back (the edge rule above) is its end,
    // which finds the next block and not that one again.
    if (stoppedAt >= 0 && stoppedAt < range.to) rest.push({ from: stoppedAt + 1, to: range.to });
  }
  return {
    decorations: DecorationSet.create(doc, decorations),
    blocks,
    unanswered: mergeStaleRanges(unanswered),
    rest,
  };
}
