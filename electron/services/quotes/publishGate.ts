import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/article/articleSchema';
import { detectQuotes } from '../../../shared/quotes/detectQuotes';
import type { QuoteVerdict } from '../../../shared/quotes/quoteAnnotationSchema';
import type { PublishGate } from '../export/runLibraryExport';
import type { Library } from '../library/openLibrary';

/** A quotation that keeps an article from being published. */
export interface OpenQuote {
  exact: string;
  problem: Exclude<QuoteVerdict, 'verified'> | 'not annotated';
  annotationId: string | null;
}

/** The body text an override was given for: an edit after it needs a new decision. */
export function bodyHash(article: Article): string {
  return createHash('sha256').update(article.bodyText).digest('hex');
}

/**
 * Every quotation not yet verified: annotations whose verdict is anything but verified, and
 * quotations the detector finds that nobody has annotated or dismissed.
 */
export function findOpenQuotes(library: Library, article: Article): OpenQuote[] {
  const annotations = library.articles.quotes.list(article.id);
  const active = annotations.filter((annotation) => annotation.state === 'active');
  const dismissed = new Set(
    annotations.filter((annotation) => annotation.state === 'dismissed').map((a) => a.exact),
  );
  const open: OpenQuote[] = active
    .filter((annotation) => annotation.verdict !== 'verified')
    .map((annotation) => ({
      exact: annotation.exact,
      problem: annotation.verdict as OpenQuote['problem'],
      annotationId: annotation.id,
    }));
  for (const detected of detectQuotes(article.bodyText, { language: article.language })) {
    const isCovered = active.some(
      (annotation) => annotation.start < detected.end && detected.start < annotation.end,
    );
    if (!isCovered && !dismissed.has(detected.text)) {
      open.push({ exact: detected.text, problem: 'not annotated', annotationId: null });
    }
  }
  return open;
}

/** One line naming what is open, for the gate's refusal. */
export function describeOpenQuotes(open: readonly OpenQuote[]): string {
  const shown = open.slice(0, 3).map((quote) => `«${shorten(quote.exact)}» (${quote.problem})`);
  const more = open.length > 3 ? ` and ${open.length - 3} more` : '';
  return `${open.length} quotation(s) not verified: ${shown.join(', ')}${more}`;
}

/** The gate export and the ready status share: open quotes hold an article back unless overridden for this text. */
export function publishGateFor(library: Library): PublishGate {
  return (article) => {
    const open = findOpenQuotes(library, article);
    if (open.length === 0) return null;
    const [latest] = library.articles.quotes.overrides(article.id);
    if (latest && latest.bodyHash === bodyHash(article)) return null;
    return describeOpenQuotes(open);
  };
}

/** People quoted in an article (active annotations with a speaker), for ninjs `people`. */
export function quotedSpeakersFor(library: Library): (articleId: string) => string[] {
  return (articleId) => [
    ...new Set(
      library.articles.quotes
        .list(articleId)
        .filter((annotation) => annotation.state === 'active' && annotation.speaker)
        .map((annotation) => annotation.speaker),
    ),
  ];
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
