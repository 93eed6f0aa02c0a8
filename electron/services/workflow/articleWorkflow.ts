import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/article/articleSchema';
import { canMoveArticle } from '../../../shared/article/articleStatusTransitions';
import type { StatusMove } from '../../../shared/article/statusMoveSchema';
import type { PublishOverride } from '../../../shared/quotes/quoteAnnotationSchema';
import {
  ruleFail,
  ruleFailures,
  ruleOk,
  type RuleFailure,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';
import { assertBaseVersion, catchArticleRules } from '../library/articleRuleError';
import type { Library } from '../library/openLibrary';
import { reviewQuotes } from '../quotes/reviewQuotes';
import { AssignmentService } from '../assignment/assignmentService';
import { noMentions } from '../assignment/mentionSource';

/** A status move that went through, with the override it needed, if any. */
export interface StatusMoved {
  article: Article;
  override: PublishOverride | null;
}

/**
 * The desk's workflow rules, for every adapter alike (API, CLI, export): an article moves one
 * step at a time; "ready" is refused while quotations are open, unless a person overrides
 * with a reason, which is logged with who and when; an export holds back open articles
 * unless an override was given for their current text.
 */
export class ArticleWorkflow {
  constructor(
    private readonly library: Library,
    private readonly now: () => number = Date.now,
  ) {}

  moveStatus(move: StatusMove, actor: string): RuleOutcome<StatusMoved> {
    const { articles } = this.library;
    return catchArticleRules(() =>
      this.library.db.transaction(() => {
        const article = articles.get(move.id);
        if (!article) return ruleFail(ruleFailures.articleNotFound(move.id));
        // A decision taken on an older version is no decision about this one.
        assertBaseVersion(article.version, move.baseVersion);
        if (!canMoveArticle(article.status, move.status)) {
          return ruleFail(ruleFailures.statusMoveRefused(article.status, move.status));
        }
        let override: PublishOverride | null = null;
        if (move.status === 'ready' && article.status !== 'ready') {
          const { open } = reviewQuotes(this.library, article);
          if (open.length > 0) {
            if (!move.override) return ruleFail(ruleFailures.quotesOpen('ready', open));
            override = { at: this.now(), actor, reason: move.override.reason };
            articles.quotes.logOverride(article.id, {
              ...override,
              bodyHash: bodyHash(article),
              openQuotes: open,
            });
          }
        }
        const moved = articles.setStatus(article.id, move.status, actor, move.baseVersion);
        if (!moved) return ruleFail(ruleFailures.articleNotFound(move.id));
        // A hand-off with the move ("to fact-check, for Anna"): one transaction with it.
        if (move.assignee !== undefined)
          new AssignmentService(this.library, actor, noMentions, this.now).assignWithin(
            article.id,
            move.assignee,
          );
        return ruleOk({ article: moved, override });
      })(),
    );
  }

  /** The export's gate for a stored article (null when it may go, or is not there). */
  publishGateOf(articleId: string): RuleFailure | null {
    const article = this.library.articles.get(articleId);
    return article ? this.publishGate(article) : null;
  }

  /**
   * The export's gate: why an article may not be published yet, or null when it may. An
   * override counts only for the text it was given for: an edit after it needs a new decision.
   * Any override given for this text counts, not only the newest: overrides merged from other
   * machines arrive in no set order, and every machine must reach the same answer.
   */
  publishGate(article: Article): RuleFailure | null {
    const { open } = reviewQuotes(this.library, article);
    if (open.length === 0) return null;
    const hash = bodyHash(article);
    const overrides = this.library.articles.quotes.overrides(article.id);
    if (overrides.some((override) => override.bodyHash === hash)) return null;
    return ruleFailures.quotesOpen('export', open);
  }
}

/** The body text an override was given for. */
function bodyHash(article: Article): string {
  return createHash('sha256').update(article.bodyText).digest('hex');
}
