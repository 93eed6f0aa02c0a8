import { monotonicFactory } from 'ulid';
import { detectQuotes } from '../../../shared/quotes/detectQuotes';
import { collectQuoteAnchors } from '../../../shared/quotes/collectQuoteAnchors';
import type { Library } from '../library/openLibrary';
import { quoteContextLength } from '../library/quoteAnnotationStore';
import { findOpenQuotes } from '../quotes/publishGate';
import { ApiFailure } from './apiFailure';
import type { ApiHandlers } from './apiHandlers';

type QuoteChannels =
  'quotes:list' | 'quotes:create' | 'quotes:update' | 'quotes:dismiss' | 'quotes:history';

/** The fact-check panel's calls: the ledger, detector suggestions, and history. */
export function createQuoteHandlers(
  library: Library,
  actor: string,
): Pick<ApiHandlers, QuoteChannels> {
  const nextId = monotonicFactory();
  const articleOrFail = (id: string) => {
    const article = library.articles.get(id);
    if (!article) throw new ApiFailure('not_found', `No article with id ${id}.`);
    return article;
  };

  return {
    'quotes:list': ({ articleId }) => {
      const article = articleOrFail(articleId);
      const annotations = library.articles.quotes.list(articleId);
      const active = annotations.filter((annotation) => annotation.state === 'active');
      const dismissed = new Set(
        annotations.filter((a) => a.state === 'dismissed').map((a) => a.exact),
      );
      const suggestions = detectQuotes(article.bodyText, { language: article.language }).filter(
        (quote) =>
          !dismissed.has(quote.text) &&
          !active.some(
            (annotation) => annotation.start < quote.end && quote.start < annotation.end,
          ),
      );
      return {
        annotations,
        suggestions,
        openCount: findOpenQuotes(library, article).length,
        overrides: library.articles.quotes
          .overrides(articleId)
          .map(({ at, actor: who, reason }) => ({ at, actor: who, reason })),
      };
    },
    'quotes:create': ({ articleId, id, kind, speaker, role }) => {
      const article = articleOrFail(articleId);
      const anchor = collectQuoteAnchors(article.body).get(id);
      if (!anchor) {
        throw new ApiFailure(
          'conflict',
          'The quotation is not marked in the saved text yet: save the article and try again.',
        );
      }
      if (library.articles.quotes.get(id))
        throw new ApiFailure('conflict', `Annotation ${id} already exists.`);
      return library.articles.quotes.create(
        {
          id,
          articleId,
          kind,
          exact: anchor.text,
          prefix: article.bodyText.slice(
            Math.max(0, anchor.start - quoteContextLength),
            anchor.start,
          ),
          suffix: article.bodyText.slice(anchor.end, anchor.end + quoteContextLength),
          start: anchor.start,
          end: anchor.end,
          speaker,
          role,
        },
        actor,
        Date.now(),
      );
    },
    'quotes:update': ({ id, patch }) => {
      const updated = library.articles.quotes.update(id, patch, actor, Date.now());
      if (!updated) throw new ApiFailure('not_found', `No annotation with id ${id}.`);
      return updated;
    },
    'quotes:dismiss': ({ articleId, text, start, end, kind }) => {
      const article = articleOrFail(articleId);
      if (article.bodyText.slice(start, end) !== text) {
        throw new ApiFailure(
          'conflict',
          'The text changed since this suggestion was made: reload the suggestions.',
        );
      }
      return library.articles.quotes.dismiss(
        {
          id: nextId(),
          articleId,
          kind,
          exact: text,
          prefix: article.bodyText.slice(Math.max(0, start - quoteContextLength), start),
          suffix: article.bodyText.slice(end, end + quoteContextLength),
          start,
          end,
        },
        actor,
        Date.now(),
      );
    },
    'quotes:history': ({ id }) => {
      if (!library.articles.quotes.get(id))
        throw new ApiFailure('not_found', `No annotation with id ${id}.`);
      return { entries: library.articles.quotes.history(id) };
    },
  };
}
