import { blockDigest } from '../../../shared/article/bodyDigest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';

/** Articles whose block digests are kept: the few being typed into at a time. */
const maxArticles = 16;

/**
 * The block digests of each article's body as the autosave last saw it stored, kept with that
 * body's JSON text: checking a save's base then costs the changed blocks, not a walk of 20,000
 * words per pause in typing. They are given back only for a stored text equal to the kept one,
 * never on the article's version alone: a body written since by any path (another process, a
 * desk merge, a delete and re-insert that reaches the same version, a write that leaves the
 * version as it was) is not matched to them, so the memo only ever answers for the body it saw.
 */
export class BlockDigestMemo {
  private readonly entries = new Map<string, { json: string; digests: readonly string[] }>();

  /** The digests of the body stored as `json`; `body` is that JSON parsed. */
  digestsOf(id: string, json: string, body: TiptapNode): readonly string[] {
    const kept = this.entries.get(id);
    if (kept?.json === json) return kept.digests;
    const digests = (body.content ?? []).map(blockDigest);
    this.remember(id, json, digests);
    return digests;
  }

  /** `digests` are those of the body whose stored JSON is exactly `json`. */
  remember(id: string, json: string, digests: readonly string[]): void {
    this.entries.delete(id);
    this.entries.set(id, { json, digests });
    if (this.entries.size > maxArticles) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
