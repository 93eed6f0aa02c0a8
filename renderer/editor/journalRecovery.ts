import type { Article } from '../../shared/article/articleSchema';
import { blockDigest, bodyDigest } from '../../shared/article/bodyDigest';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { isSameJson } from '../../shared/editor/isSameJson';
import type { FieldPatch, JournalEntry, JournalBody } from './editJournal';

/** What a journal entry holds that the stored article does not, to offer back. */
export interface Recovery {
  at: number;
  /** The journaled fields whose value differs from the stored one. */
  fields: FieldPatch;
  /** The body to put in the editor, when the journal holds body text the server has not. */
  body?: TiptapNode;
  /**
   * The stored body moved on from the one the journaled blocks were counted against (and does
   * not hold them): `body` is the stored body with those blocks appended at its end.
   */
  bodyMoved: boolean;
}

/** The unsaved edits of `entry` against `article` as stored, or null when it has them all. */
export function journalRecovery(entry: JournalEntry, article: Article): Recovery | null {
  const fields: FieldPatch = {};
  for (const [key, value] of Object.entries(entry.fields)) {
    const stored: unknown = article[key as keyof Article];
    if (JSON.stringify(value) !== JSON.stringify(stored)) Object.assign(fields, { [key]: value });
  }
  const body = entry.body ? bodyRecovery(entry.body, article.body) : null;
  if (!body && Object.keys(fields).length === 0) return null;
  return { at: entry.at, fields, ...(body ?? { bodyMoved: false }) };
}

function bodyRecovery(
  journaled: JournalBody,
  stored: TiptapNode,
): { body: TiptapNode; bodyMoved: boolean } | null {
  if (journaled.kind === 'whole') {
    return isSameJson(journaled.doc, stored) ? null : { body: journaled.doc, bodyMoved: false };
  }
  const { change } = journaled;
  const blocks = stored.content ?? [];
  const digests = blocks.map(blockDigest);
  // Still the body the blocks were counted against: splice them in, as the save would have.
  // The digest names the body whatever version moved since (a status change keeps the body).
  if (blocks.length === change.baseCount && bodyDigest(digests) === change.baseDigest) {
    const content = [...blocks];
    content.splice(change.start, change.deleteCount, ...change.blocks);
    return { body: { ...stored, content }, bodyMoved: false };
  }
  // The save landed and its answer was lost: the stored body holds the blocks where they went.
  const landed =
    blocks.length === change.baseCount - change.deleteCount + change.blocks.length &&
    change.blocks.every((block, index) => digests[change.start + index] === blockDigest(block));
  if (landed || change.blocks.length === 0) return null;
  // Moved on otherwise (another window, a restore): the text is never dropped, it is appended
  // for the editor to place.
  return { body: { ...stored, content: [...blocks, ...change.blocks] }, bodyMoved: true };
}
