import type { Article } from '../../../shared/article/articleSchema';
import { detectQuotes } from '../../../shared/quotes/detectQuotes';
import type { DetectedQuote } from '../../../shared/quotes/detectedQuote';
import type { QuoteAnnotation } from '../../../shared/quotes/quoteAnnotationSchema';
import type { OpenQuote } from '../../../shared/rules/ruleFailure';
import type { Library } from '../library/openLibrary';

/** An article's quotations as the checker and the publish gate see them. */
export interface QuoteReview {
  annotations: QuoteAnnotation[];
  /** Quotations the detector finds that nobody has annotated or dismissed. */
  suggestions: DetectedQuote[];
  /** Every quotation not yet verified: annotations with any other verdict, then the suggestions. */
  open: OpenQuote[];
}

/**
 * Detects once and filters once: the fact-check panel's suggestions and the gate's open
 * quotations come from the same pass, so they cannot disagree.
 */
export function reviewQuotes(library: Library, article: Article): QuoteReview {
  const annotations = library.articles.quotes.list(article.id);
  const active = annotations.filter((annotation) => annotation.state === 'active');
  // A quotation marked by hand and removed says nothing about what the detector finds there.
  const dismissed = new Set(
    annotations
      .filter((annotation) => annotation.state === 'dismissed' && annotation.kind !== 'manual')
      .map((a) => a.exact),
  );
  const suggestions = detectQuotes(article.bodyText, { language: article.language }).filter(
    (quote) =>
      !dismissed.has(quote.text) &&
      !active.some((annotation) => annotation.start < quote.end && quote.start < annotation.end),
  );
  const open: OpenQuote[] = [
    ...active
      .filter((annotation) => annotation.verdict !== 'verified')
      .map((annotation) => ({
        exact: annotation.exact,
        problem: annotation.verdict as OpenQuote['problem'],
        annotationId: annotation.id,
      })),
    ...suggestions.map((quote) => ({
      exact: quote.text,
      problem: 'not annotated' as const,
      annotationId: null,
    })),
  ];
  return { annotations, suggestions, open };
}
