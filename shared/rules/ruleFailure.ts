import { z } from 'zod';
import { articleStatusSchema, type ArticleStatus } from '../article/articleSchema';
import { quoteVerdictSchema } from '../quotes/quoteAnnotationSchema';

/** A quotation that keeps an article from being marked ready or published. */
export const openQuoteSchema = z.object({
  exact: z.string(),
  problem: z.union([quoteVerdictSchema.exclude(['verified']), z.literal('not annotated')]),
  /** null for a quotation the detector found that nobody has annotated yet. */
  annotationId: z.string().nullable(),
});
export type OpenQuote = z.infer<typeof openQuoteSchema>;

const failure = <Code extends string, Params extends z.ZodRawShape>(code: Code, params: Params) =>
  z.object({ code: z.literal(code), params: z.object(params), message: z.string() });

/**
 * Why a rule of the library refused a change: a machine code with its parameters, so each
 * interface can word it in its own language, plus an English message for logs and the CLI.
 * The domain services return these as values; the API and the CLI only pass them on.
 */
export const ruleFailureSchema = z.discriminatedUnion('code', [
  failure('article_not_found', { id: z.string() }),
  failure('annotation_not_found', { id: z.string() }),
  failure('annotation_exists', { id: z.string() }),
  /** Only a quotation marked by hand can be removed; a detected one is dismissed instead. */
  failure('quote_not_manual', { id: z.string() }),
  /** The workflow has no such step (draft → published, say). */
  failure('status_move_refused', { from: articleStatusSchema, to: articleStatusSchema }),
  /**
   * The publish gate: quotations are not verified and no override was given, when moving to
   * ready (`gate: 'ready'`) or exporting (`gate: 'export'`).
   */
  failure('quotes_open', {
    gate: z.enum(['ready', 'export']),
    count: z.number().int().positive(),
    quotes: z.array(openQuoteSchema),
  }),
  /** A save based on an older version than the one stored. */
  failure('version_conflict', {
    storedVersion: z.number().int(),
    baseVersion: z.number().int(),
  }),
  failure('slug_taken', { slug: z.string() }),
  /** A quotation to annotate has no anchor in the saved body yet. */
  failure('quote_not_saved', { id: z.string() }),
  /** A suggestion no longer matches the text it was found in. */
  failure('suggestion_outdated', { start: z.number().int(), end: z.number().int() }),
  /** One export at a time: two into one folder would fight. */
  failure('export_running', {}),
  /** An image the library will not take: empty, over the size limit, or not a type it publishes. */
  failure('image_refused', {
    reason: z.enum(['empty', 'too_large', 'not_image']),
    maxMegabytes: z.number(),
  }),
]);
export type RuleFailure = z.infer<typeof ruleFailureSchema>;
export type RuleFailureCode = RuleFailure['code'];

/** Each failure with its English message, worded once. */
export const ruleFailures = {
  articleNotFound: (id: string): RuleFailure => ({
    code: 'article_not_found',
    params: { id },
    message: `No article with id ${id}.`,
  }),
  annotationNotFound: (id: string): RuleFailure => ({
    code: 'annotation_not_found',
    params: { id },
    message: `No annotation with id ${id}.`,
  }),
  annotationExists: (id: string): RuleFailure => ({
    code: 'annotation_exists',
    params: { id },
    message: `Annotation ${id} already exists.`,
  }),
  quoteNotManual: (id: string): RuleFailure => ({
    code: 'quote_not_manual',
    params: { id },
    message: `Quotation ${id} was not marked by hand: only such a quotation can be removed.`,
  }),
  statusMoveRefused: (from: ArticleStatus, to: ArticleStatus): RuleFailure => ({
    code: 'status_move_refused',
    params: { from, to },
    message: `An article cannot move from ${from} to ${to}.`,
  }),
  quotesOpen: (gate: 'ready' | 'export', quotes: OpenQuote[]): RuleFailure => {
    const shown = quotes.slice(0, 3).map((quote) => `«${shorten(quote.exact)}» (${quote.problem})`);
    const more = quotes.length > 3 ? ` and ${quotes.length - 3} more` : '';
    const open = `${quotes.length} quotation(s) not verified: ${shown.join(', ')}${more}`;
    return {
      code: 'quotes_open',
      params: { gate, count: quotes.length, quotes },
      message:
        gate === 'ready'
          ? `Cannot mark ready: ${open}. Check them, or override with a reason.`
          : open,
    };
  },
  versionConflict: (storedVersion: number, baseVersion: number): RuleFailure => ({
    code: 'version_conflict',
    params: { storedVersion, baseVersion },
    message: `The article changed elsewhere (version ${storedVersion}) since this edit began (version ${baseVersion}). Reload it to see the newer text.`,
  }),
  slugTaken: (slug: string): RuleFailure => ({
    code: 'slug_taken',
    params: { slug },
    message: `The slug "${slug}" is already used by another article.`,
  }),
  quoteNotSaved: (id: string): RuleFailure => ({
    code: 'quote_not_saved',
    params: { id },
    message: 'The quotation is not marked in the saved text yet: save the article and try again.',
  }),
  suggestionOutdated: (start: number, end: number): RuleFailure => ({
    code: 'suggestion_outdated',
    params: { start, end },
    message: 'The text changed since this suggestion was made: reload the suggestions.',
  }),
  exportRunning: (): RuleFailure => ({
    code: 'export_running',
    params: {},
    message: 'An export is already running: wait for it or cancel it.',
  }),
  imageRefused: (
    reason: 'empty' | 'too_large' | 'not_image',
    maxMegabytes: number,
  ): RuleFailure => ({
    code: 'image_refused',
    params: { reason, maxMegabytes },
    message:
      reason === 'empty'
        ? 'The image is empty.'
        : reason === 'too_large'
          ? `The image is over ${maxMegabytes} MB.`
          : 'Only JPEG, PNG, GIF and WebP images can be added.',
  }),
};

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What a domain service answers: the result, or the rule that refused it. */
export type RuleOutcome<T> = { ok: true; value: T } | { ok: false; failure: RuleFailure };

export function ruleOk<T>(value: T): RuleOutcome<T> {
  return { ok: true, value };
}

export function ruleFail<T = never>(failure: RuleFailure): RuleOutcome<T> {
  return { ok: false, failure };
}
