import { z } from 'zod';
import {
  articleIdSchema,
  articleLanguageSchema,
  articlePatchSchema,
  articleSchema,
  articleSummarySchema,
  articleFieldLimits,
  articleStatusSchema,
} from '../article/articleSchema';
import { articleQueryResultSchema, articleQuerySchema } from '../article/articleQuerySchema';
import { revisionSchema, revisionSummarySchema } from '../article/revisionSchema';
import type { ApiChannel } from './apiChannels';

interface ApiContractEntry {
  input: z.ZodType;
  output: z.ZodType;
}

const appInfoSchema = z.object({
  name: z.literal('Galley'),
  version: z.string(),
  libraryPath: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['ipc', 'http']),
});

/**
 * The API, declared once: each channel's input and output schema. Electron IPC and the
 * loopback HTTP bridge both dispatch through this table; types come from `z.infer`.
 */
export const apiContract = {
  'app:info': {
    input: z.object({}).strict(),
    output: appInfoSchema,
  },
  'articles:list': {
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    output: z.object({ articles: z.array(articleSummarySchema), total: z.number().int() }),
  },
  'articles:get': {
    input: z.object({ id: articleIdSchema }).strict(),
    output: articleSchema,
  },
  'articles:create': {
    input: z
      .object({
        headline: z.string().max(articleFieldLimits.headline).default(''),
        language: articleLanguageSchema.default('ru'),
      })
      .strict(),
    output: articleSchema,
  },
  'articles:update': {
    input: z
      .object({
        id: articleIdSchema,
        patch: articlePatchSchema,
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: articleSchema,
  },
  'articles:delete': {
    input: z.object({ id: articleIdSchema }).strict(),
    output: z.object({ id: articleIdSchema }),
  },
  'articles:query': {
    input: articleQuerySchema,
    output: articleQueryResultSchema,
  },
  'articles:setStatus': {
    input: z
      .object({
        id: articleIdSchema,
        status: articleStatusSchema,
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: articleSchema,
  },
  'articles:saveVersion': {
    input: z.object({ id: articleIdSchema, name: z.string().trim().min(1).max(200) }).strict(),
    output: revisionSummarySchema,
  },
  'revisions:list': {
    input: z.object({ articleId: articleIdSchema }).strict(),
    output: z.object({ revisions: z.array(revisionSummarySchema) }),
  },
  'revisions:get': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: revisionSchema,
  },
  'revisions:restore': {
    input: z
      .object({
        articleId: articleIdSchema,
        revisionId: z.number().int().positive(),
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: articleSchema,
  },
  'images:upload': {
    input: z
      .object({
        fileName: z.string().max(300).default(''),
        /** The image bytes, base64: at most 20 MB once decoded. */
        dataBase64: z
          .string()
          .min(1)
          .max(28_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64 data'),
      })
      .strict(),
    output: z.object({ imageId: z.string().regex(/^[0-9a-f]{64}$/), mimeType: z.string() }),
  },
  'articles:import': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        /** The file's bytes, base64 (at most 20 MB decoded). */
        dataBase64: z
          .string()
          .min(1)
          .max(28_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64 data'),
      })
      .strict(),
    output: z.object({ id: articleIdSchema, headline: z.string(), slug: z.string() }),
  },
  'lists:get': {
    input: z.object({}).strict(),
    output: z.object({
      rubrics: z.array(z.string()),
      tags: z.array(z.string()),
      bylines: z.array(z.string()),
    }),
  },
} as const satisfies { [Channel in ApiChannel]: ApiContractEntry };

export type ApiContract = typeof apiContract;
/** What a caller passes (defaults may be left out). */
export type ApiInput<C extends ApiChannel> = z.input<ApiContract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type ApiParsedInput<C extends ApiChannel> = z.output<ApiContract[C]['input']>;
export type ApiOutput<C extends ApiChannel> = z.output<ApiContract[C]['output']>;
export type AppInfo = z.infer<typeof appInfoSchema>;
