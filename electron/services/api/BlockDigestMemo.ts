import { blockDigest } from '../../../shared/article/bodyDigest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';

/** Articles whose block digests are kept: the few being typed into at a time. */
const maxArticles = 32;

/**
 * The block digests of the bodies the autosave last stored, per article and version: checking
 * a save's base then costs the changed blocks, not a walk of 20,000 words per keystroke pause.
 * Every write moves the version, so a body changed another way is never matched to them.
 */
export class BlockDigestMemo {
  private readonly entries = new Map<string, { version: number; digests: string[] }>();

  /** The digests of `body`, stored as `version` of the article. */
  digestsOf(id: string, version: number, body: TiptapNode): string[] {
    const kept = this.entries.get(id);
    if (kept?.version === version) return kept.digests;
    const digests = (body.content ?? []).map(blockDigest);
    this.remember(id, version, digests);
    return digests;
  }

  remember(id: string, version: number, digests: string[]): void {
    this.entries.delete(id);
    this.entries.set(id, { version, digests });
    if (this.entries.size > maxArticles) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
