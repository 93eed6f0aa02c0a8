import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { flagMisspellings } from './flagMisspellings';
import type { SpellingCache } from './SpellingCache';
import { mapStaleRanges, mergeStaleRanges, staleRangesAfter, type StaleRange } from './staleRanges';

/**
 * The body's underlines, and the spans whose underlines may be wrong: text edited since the
 * last look, blocks holding words the checker had not answered then (read again when answers
 * arrive, not at every pause: a dictionary loading on a busy machine can take a while), and
 * what a look has still to read (a long body is read a slice at a time).
 */
export interface SpellingState {
  decorations: DecorationSet;
  edited: readonly StaleRange[];
  pending: readonly StaleRange[];
  queued: readonly StaleRange[];
}

export const emptySpellingState: SpellingState = {
  decorations: DecorationSet.empty,
  edited: [],
  pending: [],
  queued: [],
};

/**
 * The state after an edit: everything moved along, the edited text noted, and the underline of
 * a word the edit touches taken off until the next look. Left on, it would be drawn again
 * around each key typed into or beside that word, and ProseMirror would then put the caret
 * back into the redrawn text, which makes Chromium lay the page out at once: 5-10 ms a key
 * at 20,000 words.
 */
export function mapSpellingState(previous: SpellingState, tr: Transaction): SpellingState {
  let decorations = previous.decorations.map(tr.mapping, tr.doc);
  const touched = staleRangesAfter([], tr).flatMap((range) =>
    decorations.find(range.from, range.to),
  );
  if (touched.length > 0) decorations = decorations.remove(touched);
  return {
    decorations,
    edited: staleRangesAfter(previous.edited, tr),
    pending: mapStaleRanges(previous.pending, tr),
    queued: mapStaleRanges(previous.queued, tr),
  };
}

export interface SpellingLook {
  /** Read the whole body again (opening, or an answer that can change anywhere). */
  whole: boolean;
  /** Answers arrived: read again the blocks that held unanswered words. */
  withPending: boolean;
  /** Text to read in this slice; the rest stays queued. */
  maxCharacters: number;
}

/**
 * Takes what has become stale into the queue and reads the queue's next slice, in document
 * order; null when there is nothing to read.
 */
export function readSpellingSlice(
  current: SpellingState,
  doc: ProseMirrorNode,
  cache: Pick<SpellingCache, 'isMisspelled'>,
  { whole, withPending, maxCharacters }: SpellingLook,
): SpellingState | null {
  let pending = current.pending;
  let queued: readonly StaleRange[];
  if (whole) {
    queued = [{ from: 0, to: doc.content.size }];
    pending = [];
  } else {
    queued = mergeStaleRanges([
      ...current.queued,
      ...current.edited,
      ...(withPending ? current.pending : []),
    ]);
    if (withPending) pending = [];
  }
  if (queued.length === 0) return null;
  const fresh = flagMisspellings(doc, cache, queued, maxCharacters);
  const outdated = fresh.blocks.flatMap((block) => current.decorations.find(block.from, block.to));
  return {
    decorations: current.decorations.remove(outdated).add(doc, fresh.decorations.find()),
    edited: [],
    pending: mergeStaleRanges([...pending, ...fresh.unanswered]),
    queued: fresh.rest,
  };
}
