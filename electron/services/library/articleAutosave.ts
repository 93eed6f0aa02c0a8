import type { Database } from 'better-sqlite3';
import { applyBodyChange } from '../../../shared/article/applyBodyChange';
import {
  documentInputSchema,
  type Article,
  type ArticlePatch,
} from '../../../shared/article/articleSchema';
import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import { blockDigest, bodyDigest } from '../../../shared/article/bodyDigest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import {
  ruleFail,
  ruleFailures,
  ruleOk,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';
import type { ArticleRepository } from './articleRepository';
import { ArticleRuleError, assertBaseVersion } from './articleRuleError';
import { BlockDigestMemo } from './blockDigestMemo';
import { withoutAutoCheckpoint } from './withoutAutoCheckpoint';

/**
 * What the editor saves: a patch, its body whole in `patch.body` or as the top-level blocks that
 * changed (`bodyChange`), which are placed by the version they were made on.
 */
export type AutosaveInput =
  | { patch: ArticlePatch; baseVersion?: number | undefined; bodyChange?: undefined }
  | { patch: ArticlePatch; baseVersion: number; bodyChange: BodyChange };

/**
 * Changed blocks not spliced in: counted against another body than the stored one
 * (`stale_base`: the editor sends its body whole), or leaving a body the document schema
 * refuses (`invalid_body`, as that body sent whole would be).
 */
export interface BodyChangeRefusal {
  code: 'stale_base' | 'invalid_body';
  message: string;
}

/** The saved article, a rule's refusal (no such article, another version), or the blocks'. */
export type AutosaveOutcome = RuleOutcome<Article> | { ok: false; refusal: BodyChangeRefusal };

const staleBase: BodyChangeRefusal = {
  code: 'stale_base',
  message: 'The stored body is not the one the changed blocks were counted against.',
};

/**
 * The editor's autosave, for every adapter alike. Changed blocks are spliced into the stored
 * body only when that body is the one they were counted against — the same version and the
 * same block digests (`bodyDigest`) — and the result is checked as a whole body is; any other
 * body refuses them, never takes them. The check, the splice and the write are one
 * transaction, so nothing writes the body between them. Block digests are kept per article
 * with the stored JSON text they were taken from (`BlockDigestMemo`), not with the version,
 * so no write, however it treats the version, can leave digests that answer for another body.
 */
export class ArticleAutosave {
  private readonly digests = new BlockDigestMemo();

  constructor(
    private readonly db: Database,
    private readonly articles: ArticleRepository,
  ) {}

  save(id: string, input: AutosaveInput, actor: string): AutosaveOutcome {
    try {
      if (!input.bodyChange) {
        const saved = this.articles.update(id, input.patch, actor, input.baseVersion);
        return saved ? ruleOk(saved) : ruleFail(ruleFailures.articleNotFound(id));
      }
      return this.saveChange(id, input, actor);
    } catch (error) {
      if (error instanceof ArticleRuleError) return ruleFail(error.failure);
      throw error;
    }
  }

  private saveChange(
    id: string,
    { patch, baseVersion, bodyChange: change }: Extract<AutosaveInput, { bodyChange: BodyChange }>,
    actor: string,
  ): AutosaveOutcome {
    let written: { json: string; digests: readonly string[] } | undefined;
    // The follow-up checkpoints right after the answer, so this commit need not (as `update`).
    const outcome = withoutAutoCheckpoint(this.db, () =>
      this.db.transaction((): AutosaveOutcome => {
        const stored = this.articles.storedBody(id);
        if (!stored) return ruleFail(ruleFailures.articleNotFound(id));
        assertBaseVersion(stored.version, baseVersion);
        const body = JSON.parse(stored.json) as TiptapNode;
        const base = this.digests.digestsOf(id, stored.json, body);
        const spliced =
          base.length === change.baseCount && bodyDigest(base) === change.baseDigest
            ? applyBodyChange(body, change)
            : null;
        if (!spliced) return { ok: false, refusal: staleBase };
        const checked = documentInputSchema.safeParse(spliced);
        if (!checked.success) {
          const message = checked.error.issues[0]?.message ?? 'body: invalid';
          return { ok: false, refusal: { code: 'invalid_body', message } };
        }
        const json = JSON.stringify(checked.data);
        const saved = this.articles.update(
          id,
          { ...patch, body: checked.data },
          actor,
          baseVersion,
          { reason: 'autosave' },
          json,
        );
        if (!saved) return ruleFail(ruleFailures.articleNotFound(id));
        written = { json, digests: splicedDigests(base, change, checked.data) };
        return ruleOk(saved);
      })(),
    );
    if (written) this.digests.remember(id, written.json, written.digests);
    return outcome;
  }
}

/** The digests of a body just made from a change: the kept blocks', and the changed blocks'. */
function splicedDigests(
  base: readonly string[],
  change: BodyChange,
  body: TiptapNode,
): readonly string[] {
  const blocks = body.content ?? [];
  const end = change.start + change.blocks.length;
  // A body the check rebuilt otherwise than block for block: its digests are taken afresh.
  if (blocks.length !== base.length - change.deleteCount + change.blocks.length) {
    return blocks.map(blockDigest);
  }
  return [
    ...base.slice(0, change.start),
    ...blocks.slice(change.start, end).map(blockDigest),
    ...base.slice(change.start + change.deleteCount),
  ];
}
