import { monotonicFactory } from 'ulid';
import { collectQuoteAnchors } from '../../../shared/quotes/collectQuoteAnchors';
import type {
  QuoteAnnotation,
  QuoteAnnotationPatch,
  QuoteHistoryEntry,
  QuoteList,
} from '../../../shared/quotes/quoteAnnotationSchema';
import {
  ruleFail,
  ruleFailures,
  ruleOk,
  type RuleOutcome,
} from '../../../shared/rules/ruleFailure';
import type { Library } from '../library/openLibrary';
import { type NewQuoteAnnotation, quoteContext } from '../library/quoteAnnotationStore';
import { reviewQuotes } from './reviewQuotes';

/** A quotation marked in the saved body, to be annotated under its anchor's id. */
export interface QuoteToAnnotate {
  articleId: string;
  id: string;
  kind: NewQuoteAnnotation['kind'];
  speaker: string;
  role: string;
}

/** A suggestion the checker turns down, as it was offered. */
export interface SuggestionToDismiss {
  articleId: string;
  text: string;
  start: number;
  end: number;
  kind: NewQuoteAnnotation['kind'];
}

/**
 * The fact-checker's rules: what is suggested, which quotation may be annotated, dismissed or
 * checked, and who is quoted. Every adapter (the API today; a sync agent tomorrow) calls this.
 */
export class FactCheckService {
  private readonly nextId = monotonicFactory();

  constructor(
    private readonly library: Library,
    private readonly now: () => number = Date.now,
  ) {}

  list(articleId: string): RuleOutcome<QuoteList> {
    const article = this.library.articles.get(articleId);
    if (!article) return ruleFail(ruleFailures.articleNotFound(articleId));
    const { annotations, suggestions, open } = reviewQuotes(this.library, article);
    return ruleOk({
      annotations,
      suggestions,
      openCount: open.length,
      overrides: this.library.articles.quotes
        .overrides(articleId)
        .map(({ at, actor, reason }) => ({ at, actor, reason })),
    });
  }

  /** Annotates a quotation whose anchor mark is already in the saved body. */
  annotate(quote: QuoteToAnnotate, actor: string): RuleOutcome<QuoteAnnotation> {
    const { articles } = this.library;
    return this.library.db.transaction(() => {
      const article = articles.get(quote.articleId);
      if (!article) return ruleFail(ruleFailures.articleNotFound(quote.articleId));
      const anchor = collectQuoteAnchors(article.body).get(quote.id);
      if (!anchor) return ruleFail(ruleFailures.quoteNotSaved(quote.id));
      if (articles.quotes.get(quote.id)) return ruleFail(ruleFailures.annotationExists(quote.id));
      return ruleOk(
        articles.quotes.create(
          {
            ...quote,
            exact: anchor.text,
            ...quoteContext(article.bodyText, anchor.start, anchor.end),
            start: anchor.start,
            end: anchor.end,
          },
          actor,
          this.now(),
        ),
      );
    })();
  }

  /** Records a suggestion as dismissed, if the text still reads as it did when offered. */
  dismiss(suggestion: SuggestionToDismiss, actor: string): RuleOutcome<QuoteAnnotation> {
    const { articles } = this.library;
    const { articleId, text, start, end, kind } = suggestion;
    return this.library.db.transaction(() => {
      const article = articles.get(articleId);
      if (!article) return ruleFail(ruleFailures.articleNotFound(articleId));
      if (article.bodyText.slice(start, end) !== text) {
        return ruleFail(ruleFailures.suggestionOutdated(start, end));
      }
      return ruleOk(
        articles.quotes.dismiss(
          {
            id: this.nextId(),
            articleId,
            kind,
            exact: text,
            ...quoteContext(article.bodyText, start, end),
            start,
            end,
          },
          actor,
          this.now(),
        ),
      );
    })();
  }

  /** Records a check: speaker, source, verdict, note. */
  check(id: string, patch: QuoteAnnotationPatch, actor: string): RuleOutcome<QuoteAnnotation> {
    const updated = this.library.articles.quotes.update(id, patch, actor, this.now());
    return updated ? ruleOk(updated) : ruleFail(ruleFailures.annotationNotFound(id));
  }

  /**
   * Removes a quotation the checker marked by hand (the editor takes the mark off the body).
   * A detected quotation is refused: the detector would offer it again, so it is dismissed.
   */
  removeManual(id: string, actor: string): RuleOutcome<QuoteAnnotation> {
    const { quotes } = this.library.articles;
    return this.library.db.transaction(() => {
      const annotation = quotes.get(id);
      if (!annotation || annotation.state === 'dismissed')
        return ruleFail(ruleFailures.annotationNotFound(id));
      if (annotation.kind !== 'manual') return ruleFail(ruleFailures.quoteNotManual(id));
      const removed = quotes.remove(id, actor, this.now());
      return removed ? ruleOk(removed) : ruleFail(ruleFailures.annotationNotFound(id));
    })();
  }

  history(id: string): RuleOutcome<QuoteHistoryEntry[]> {
    if (!this.library.articles.quotes.get(id)) {
      return ruleFail(ruleFailures.annotationNotFound(id));
    }
    return ruleOk(this.library.articles.quotes.history(id));
  }

  /** People quoted in an article (active annotations with a speaker), for ninjs `people`. */
  speakersOf(articleId: string): string[] {
    return [
      ...new Set(
        this.library.articles.quotes
          .list(articleId)
          .filter((annotation) => annotation.state === 'active' && annotation.speaker)
          .map((annotation) => annotation.speaker),
      ),
    ];
  }
}
