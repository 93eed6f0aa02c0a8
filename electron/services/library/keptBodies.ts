import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import { blockDigest } from '../../../shared/article/bodyDigest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';

/** Articles whose bodies are kept: the few being typed into at a time. */
const maxArticles = 16;

/**
 * A body as the autosave last saw it stored: its JSON text, that text parsed, and its
 * top-level blocks' digests, so a save of changed blocks neither reads 10,000 words out of
 * the library into a string nor parses them, nor digests the blocks it did not change.
 * `body` is never changed in place: a splice makes a new block list around the same blocks.
 */
export interface KeptBody {
  readonly json: string;
  readonly body: TiptapNode;
  readonly digests: readonly string[];
  /**
   * Whether every block of `body` has passed the document check: true once an autosave checked
   * it, false for a body read from the library (written by any path), which the next save
   * checks whole.
   */
  readonly checked: boolean;
}

/**
 * The bodies the autosave last stored, one per article. One is used only for a stored text
 * equal to its `json` (the caller has SQLite compare them), never on the article's version
 * alone: a body written since by any path (another process, a desk merge, a delete and
 * re-insert that reaches the same version, a write that leaves the version as it was) is not
 * matched to it, so a kept body only ever answers for the body it was taken from.
 */
export class KeptBodies {
  private readonly entries = new Map<string, KeptBody>();

  /** The body last kept for the article, for the caller to compare with the stored text. */
  get(id: string): KeptBody | undefined {
    return this.entries.get(id);
  }

  /** Keeps the body stored as `json`; `body` is that JSON parsed. */
  take(id: string, json: string, body: TiptapNode): KeptBody {
    const kept = { json, body, digests: (body.content ?? []).map(blockDigest), checked: false };
    this.remember(id, kept);
    return kept;
  }

  /** Keeps `kept` as the article's stored body. */
  remember(id: string, kept: KeptBody): void {
    this.entries.delete(id);
    this.entries.set(id, kept);
    if (this.entries.size > maxArticles) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/**
 * `body`, the spliced body as the document check gave it back (every block of it checked), kept
 * as stored with `json`: the kept blocks' digests and the changed blocks' own.
 */
export function splicedBody(
  base: KeptBody,
  change: BodyChange,
  body: TiptapNode,
  json: string,
): KeptBody {
  const blocks = body.content ?? [];
  const end = change.start + change.blocks.length;
  // A body the check rebuilt otherwise than block for block: its digests are taken afresh.
  if (blocks.length !== base.digests.length - change.deleteCount + change.blocks.length) {
    return { json, body, digests: blocks.map(blockDigest), checked: true };
  }
  return {
    json,
    body,
    digests: [
      ...base.digests.slice(0, change.start),
      ...blocks.slice(change.start, end).map(blockDigest),
      ...base.digests.slice(change.start + change.deleteCount),
    ],
    checked: true,
  };
}
