import type { Database } from 'better-sqlite3';
import { applyBodyChange } from '../../../shared/article/applyBodyChange';
import type { Article, ArticlePatch } from '../../../shared/article/articleSchema';
import type { BodyChange } from '../../../shared/article/bodyChangeSchema';
import { bodyDigest } from '../../../shared/article/bodyDigest';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import {
  ruleFail,
  ruleFailures,
  ruleOk,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';
import type { ArticleRepository } from './articleRepository';
import { ArticleRuleError, assertBaseVersion } from './articleRuleError';
import { checkSplicedBody } from './checkSplicedBody';
import { KeptBodies, splicedBody, type KeptBody } from './keptBodies';
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
 * transaction, so nothing writes the body between them. The last stored body is kept per
 * article, parsed and with its block digests (`KeptBodies`), with the stored JSON text it was taken
 * from, not with the version: it is used only while SQLite finds that very text stored, so no
 * write, however it treats the version, can leave a kept body that answers for another one.
 */
export class ArticleAutosave {
  private readonly bodies = new KeptBodies();

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
    let written: KeptBody | undefined;
    // The follow-up checkpoints right after the answer, so this commit need not (as `update`).
    const outcome = withoutAutoCheckpoint(this.db, () =>
      this.db.transaction((): AutosaveOutcome => {
        const base = this.storedBase(id);
        if (!base) return ruleFail(ruleFailures.articleNotFound(id));
        assertBaseVersion(base.version, baseVersion);
        const spliced =
          base.kept.digests.length === change.baseCount &&
          bodyDigest(base.kept.digests) === change.baseDigest
            ? applyBodyChange(base.kept.body, change)
            : null;
        if (!spliced) return { ok: false, refusal: staleBase };
        const checked = checkSplicedBody(base.kept, change, spliced);
        if (!checked.ok) {
          return { ok: false, refusal: { code: 'invalid_body', message: checked.message } };
        }
        const json = JSON.stringify(checked.body);
        const saved = this.articles.update(
          id,
          { ...patch, body: checked.body },
          actor,
          baseVersion,
          { reason: 'autosave' },
          json,
        );
        if (!saved) return ruleFail(ruleFailures.articleNotFound(id));
        written = splicedBody(base.kept, change, checked.body, json);
        return ruleOk(saved);
      })(),
    );
    if (written) this.bodies.remember(id, written);
    return outcome;
  }

  /**
   * The stored body and the row's version. The body kept from the last save is used when
   * SQLite finds the stored text equal to it (no 10,000 words read into a string and parsed);
   * any other stored body is read, parsed and kept instead.
   */
  private storedBase(id: string): { version: number; kept: KeptBody } | undefined {
    const kept = this.bodies.get(id);
    if (kept) {
      const row = this.articles.storedBodyIs(id, kept.json);
      if (!row) return undefined;
      if (row.same) return { version: row.version, kept };
    }
    const stored = this.articles.storedBody(id);
    if (!stored) return undefined;
    const body = JSON.parse(stored.json) as TiptapNode;
    return { version: stored.version, kept: this.bodies.take(id, stored.json, body) };
  }
}
