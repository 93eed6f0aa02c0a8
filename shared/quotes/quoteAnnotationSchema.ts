import { z } from 'zod';
import { detectedQuoteKindSchema, detectedQuoteSchema } from './detectedQuote';

export const quoteVerdicts = [
  'unchecked',
  'verified',
  'needs-source',
  'disputed',
  'incorrect',
  'changed',
] as const;
export const quoteVerdictSchema = z.enum(quoteVerdicts);
export type QuoteVerdict = z.infer<typeof quoteVerdictSchema>;

/** Verdicts a checker sets by hand; "changed" is set only by the library when words change. */
export const checkerVerdictSchema = quoteVerdictSchema.exclude(['changed']);

export const quoteSourceKinds = ['none', 'link', 'document', 'recording', 'interview'] as const;
export const quoteSourceKindSchema = z.enum(quoteSourceKinds);

export const quoteAnnotationStateSchema = z.enum(['active', 'orphaned', 'dismissed']);
/** A detected quotation's kind, or `manual` for a selection the checker marked by hand. */
export const quoteKindSchema = z.enum([...detectedQuoteKindSchema.options, 'manual']);

/** A fact-check annotation on one quotation. `note` is private: never published. */
export const quoteAnnotationSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  state: quoteAnnotationStateSchema,
  kind: quoteKindSchema,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string(),
  role: z.string(),
  sourceKind: quoteSourceKindSchema,
  sourceRef: z.string(),
  sourceTimecode: z.string(),
  verdict: quoteVerdictSchema,
  /** The wording the verdict was given for, shown beside the new wording once it changes. */
  checkedText: z.string().nullable(),
  note: z.string(),
  checkedBy: z.string(),
  checkedAt: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type QuoteAnnotation = z.infer<typeof quoteAnnotationSchema>;

export const quoteAnnotationPatchSchema = z
  .object({
    speaker: z.string().max(200).optional(),
    role: z.string().max(300).optional(),
    sourceKind: quoteSourceKindSchema.optional(),
    sourceRef: z.string().max(2000).optional(),
    sourceTimecode: z.string().max(40).optional(),
    verdict: checkerVerdictSchema.optional(),
    note: z.string().max(10_000).optional(),
  })
  .strict();
export type QuoteAnnotationPatch = z.infer<typeof quoteAnnotationPatchSchema>;

export const quoteHistoryEntrySchema = z.object({
  at: z.number().int(),
  actor: z.string(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type QuoteHistoryEntry = z.infer<typeof quoteHistoryEntrySchema>;

/** Who let an article through the publish gate, when and why. */
export const publishOverrideSchema = z.object({
  at: z.number().int(),
  actor: z.string(),
  reason: z.string(),
});
export type PublishOverride = z.infer<typeof publishOverrideSchema>;

/** What the fact-check panel lists for an article. */
export const quoteListSchema = z.object({
  annotations: z.array(quoteAnnotationSchema),
  /** Quotations the detector found that nobody has annotated or dismissed. */
  suggestions: z.array(detectedQuoteSchema),
  /** Quotations not verified yet: what the publish gate would hold the article back for. */
  openCount: z.number().int(),
  overrides: z.array(publishOverrideSchema),
});
export type QuoteList = z.infer<typeof quoteListSchema>;
