import { z } from 'zod';
import {
  articleIdSchema,
  articleLanguageSchema,
  articlePatchSchema,
  articleSchema,
  articleSummarySchema,
  articleFieldLimits,
  articleStatusSchema,
  listNameSchema,
  savedArticleSchema,
} from '../article/articleSchema';
import { bodyChangeSchema } from '../article/bodyChangeSchema';
import { articleQueryResultSchema, articleQuerySchema } from '../article/articleQuerySchema';
import { revisionSchema, revisionSummarySchema } from '../article/revisionSchema';
import { statusMoveSchema } from '../article/statusMoveSchema';
import {
  quoteAnnotationPatchSchema,
  quoteAnnotationSchema,
  quoteHistoryEntrySchema,
  quoteKindSchema,
  quoteListSchema,
} from '../quotes/quoteAnnotationSchema';
import { exportFailureSchema, exportJobFailureSchema } from '../export/exportFailure';
import {
  commentBodyMaxLength,
  commentMentionSchema,
  commentThreadSchema,
} from '../comments/commentSchema';
import { siteAddressSchema } from '../export/siteAddressSchema';
import { ruleFailureSchema } from '../rules/ruleFailure';
import {
  newPublishTargetSchema,
  outboxItemSchema,
  publishQueueInputSchema,
  publishQueueResultSchema,
  publishTargetProblemSchema,
  publishTargetSchema,
} from './publishSchemas';
import { deskJoinSchema, deskProblemSchema, deskStatusSchema } from '../desk/deskStatusSchema';
import {
  articlePresenceSchema,
  presenceCursorSchema,
  presenceSessionIdSchema,
  presentPersonSchema,
} from '../desk/presenceSchema';
import {
  articleAssignmentSchema,
  assignInputSchema,
  assignmentNotificationSchema,
  deskPeopleSchema,
  myQueueSchema,
} from '../desk/queueSchemas';
import type { ApiChannel } from './apiChannels';
import { libraryIntegritySchema } from './libraryIntegritySchema';
import { spellingDictionarySchema, spellingWordSchema } from './spellingSchemas';
import { termChangeSchema, termKindSchema, termListsSchema } from './termSchemas';
import { personNameSchema, workstationIdentitySchema } from './identitySchemas';

interface ApiContractEntry {
  input: z.ZodType;
  output: z.ZodType;
}

/** Bytes sent as base64: at most 20 MB once decoded. */
const base64DataSchema = z
  .string()
  .min(1)
  .max(28_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64 data');

const exportSummarySchema = z.object({
  written: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  published: z.number().int(),
  cancelled: z.boolean(),
  outDir: z.string(),
  failed: z.array(exportFailureSchema),
  blocked: z.array(
    z.object({ id: z.string(), headline: z.string(), reason: z.string(), rule: ruleFailureSchema }),
  ),
});

const appInfoSchema = z.object({
  name: z.literal('Galley'),
  version: z.string(),
  libraryPath: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['ipc', 'http']),
  integrity: libraryIntegritySchema,
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
  /**
   * The editor's autosave: the body whole or as the blocks that changed (`bodyChange`, which
   * needs `baseVersion`), answered without the body, which the editor already has.
   */
  'articles:autosave': {
    input: z
      .object({
        id: articleIdSchema,
        patch: articlePatchSchema,
        bodyChange: bodyChangeSchema.optional(),
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: savedArticleSchema,
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
    input: statusMoveSchema,
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
        dataBase64: base64DataSchema,
      })
      .strict(),
    output: z.object({ imageId: z.string().regex(/^[0-9a-f]{64}$/), mimeType: z.string() }),
  },
  'articles:import': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        dataBase64: base64DataSchema,
      })
      .strict(),
    output: z.object({
      id: articleIdSchema,
      headline: z.string(),
      slug: z.string(),
      lede: z.string().default(''),
      /** True when no style marked the headline and a short first paragraph was taken for it. */
      isHeadlineGuessed: z.boolean().default(false),
    }),
  },
  'quotes:list': {
    input: z.object({ articleId: articleIdSchema }).strict(),
    output: quoteListSchema.extend({
      /** Why the export would hold the article back now, or null: shown while it is «ready». */
      exportGate: ruleFailureSchema.nullable(),
    }),
  },
  'quotes:create': {
    input: z
      .object({
        articleId: articleIdSchema,
        /** The id already put on the quotation's anchor mark in the saved body. */
        id: articleIdSchema,
        kind: quoteKindSchema.default('manual'),
        speaker: z.string().max(200).default(''),
        role: z.string().max(300).default(''),
      })
      .strict(),
    output: quoteAnnotationSchema,
  },
  'quotes:update': {
    input: z.object({ id: articleIdSchema, patch: quoteAnnotationPatchSchema }).strict(),
    output: quoteAnnotationSchema,
  },
  'quotes:dismiss': {
    input: z
      .object({
        articleId: articleIdSchema,
        text: z.string().min(1).max(20_000),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        kind: quoteKindSchema.default('inline'),
      })
      .strict(),
    output: quoteAnnotationSchema,
  },
  'quotes:remove': {
    /**
     * Takes a quotation marked by hand out of the ledger (recorded in its history); the editor
     * takes its mark off the body. Refused for a detected quotation: those are dismissed.
     */
    input: z.object({ id: articleIdSchema }).strict(),
    output: quoteAnnotationSchema,
  },
  'quotes:history': {
    input: z.object({ id: articleIdSchema }).strict(),
    output: z.object({ entries: z.array(quoteHistoryEntrySchema) }),
  },
  'comments:list': {
    input: z.object({ articleId: articleIdSchema }).strict(),
    output: z.object({ threads: z.array(commentThreadSchema) }),
  },
  'comments:create': {
    input: z
      .object({
        articleId: articleIdSchema,
        /** The id already put on the thread's anchor mark in the editor. */
        id: articleIdSchema,
        body: z.string().trim().min(1).max(commentBodyMaxLength),
        quotedText: z.string().max(20_000).default(''),
        /** The quote annotation the thread asks about (opened from the fact-check panel). */
        quoteId: articleIdSchema.nullable().default(null),
      })
      .strict(),
    output: commentThreadSchema,
  },
  'comments:reply': {
    input: z
      .object({
        threadId: articleIdSchema,
        body: z.string().trim().min(1).max(commentBodyMaxLength),
      })
      .strict(),
    output: commentThreadSchema,
  },
  'comments:resolve': {
    input: z.object({ threadId: articleIdSchema, resolved: z.boolean() }).strict(),
    output: commentThreadSchema,
  },
  'comments:people': {
    input: z.object({}).strict(),
    output: z.object({ people: z.array(z.string()) }),
  },
  'comments:mentions': {
    input: z.object({ person: z.string().trim().min(1).max(200) }).strict(),
    output: z.object({ mentions: z.array(commentMentionSchema) }),
  },
  'export:settings': {
    input: z.object({}).strict(),
    output: z.object({ outDir: z.string(), baseUrl: z.string() }),
  },
  'export:start': {
    input: z
      .object({
        selection: z
          .object({
            status: articleStatusSchema.optional(),
            all: z.boolean().optional(),
            ids: z.array(articleIdSchema).max(100_000).optional(),
            rubric: z.string().max(100).optional(),
            since: z.number().int().nonnegative().optional(),
          })
          .strict(),
        outDir: z.string().trim().min(1).max(1000),
        baseUrl: siteAddressSchema,
        force: z.boolean().default(false),
        allowUnverified: z.boolean().default(false),
        markPublished: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  'export:status': {
    input: z.object({ jobId: z.string().uuid() }).strict(),
    output: z.object({
      state: z.enum(['running', 'done', 'cancelled', 'failed']),
      done: z.number().int(),
      total: z.number().int(),
      current: z.string(),
      summary: exportSummarySchema.nullable(),
      error: z.string().nullable(),
      /** Why the whole export failed, for the interface to word; `error` is the English detail. */
      failure: exportJobFailureSchema.nullable(),
    }),
  },
  'export:cancel': {
    input: z.object({ jobId: z.string().uuid() }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'lists:get': {
    input: z.object({}).strict(),
    output: z.object({
      rubrics: z.array(z.string()),
      tags: z.array(z.string()),
      bylines: z.array(z.string()),
      speakers: z.array(z.string()),
    }),
  },
  'publish:targets': {
    input: z.object({}).strict(),
    output: z.object({ targets: z.array(publishTargetSchema) }),
  },
  'publish:addTarget': {
    input: newPublishTargetSchema,
    /** A refused target is an answer with the reason, for the form. */
    output: z.object({
      targets: z.array(publishTargetSchema),
      problem: publishTargetProblemSchema.nullable(),
    }),
  },
  'publish:removeTarget': {
    input: z.object({ name: z.string().min(1).max(60) }).strict(),
    output: z.object({ targets: z.array(publishTargetSchema) }),
  },
  'publish:testTarget': {
    input: z.object({ name: z.string().min(1).max(60) }).strict(),
    output: z.object({ ok: z.boolean(), reason: z.string().nullable() }),
  },
  'publish:queue': {
    input: publishQueueInputSchema,
    output: publishQueueResultSchema,
  },
  'publish:outbox': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(outboxItemSchema) }),
  },
  'publish:retry': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ items: z.array(outboxItemSchema) }),
  },
  'publish:cancel': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ items: z.array(outboxItemSchema) }),
  },
  'collab:open': {
    input: z.object({ id: articleIdSchema }).strict(),
    /** The article's Yjs document, whole (base64). */
    output: z.object({ update: z.string() }),
  },
  'collab:push': {
    input: z.object({ id: articleIdSchema, update: base64DataSchema }).strict(),
    output: articleSchema,
  },
  'collab:pull': {
    input: z
      .object({
        id: articleIdSchema,
        /** The editor's state vector (base64). */
        vector: z
          .string()
          .max(100_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64 data'),
        /** The write number of the last pull's answer (0 at first). */
        since: z.number().int().min(0),
        waitMs: z.number().int().min(0).max(25_000).default(0),
      })
      .strict(),
    output: z.object({ update: z.string().nullable(), seq: z.number().int() }),
  },
  'presence:update': {
    input: z
      .object({
        id: articleIdSchema,
        session: presenceSessionIdSchema,
        /** Where this editor's caret or selection is; null while it is not focused. */
        cursor: presenceCursorSchema.nullable(),
        /** The `version` of the last answer (0 at first): the call waits for a newer one. */
        since: z.number().int().min(0),
        waitMs: z.number().int().min(0).max(15_000).default(0),
      })
      .strict(),
    /** Everyone else in the article now (not this workstation's own editors). */
    output: z.object({ version: z.number().int(), people: z.array(presentPersonSchema) }),
  },
  'presence:leave': {
    input: z.object({ id: articleIdSchema, session: presenceSessionIdSchema }).strict(),
    output: z.object({ left: z.boolean() }),
  },
  'presence:articles': {
    input: z.object({}).strict(),
    /** Articles someone on another workstation has open in an editor now. */
    output: z.object({ articles: z.array(articlePresenceSchema) }),
  },
  'desk:status': {
    input: z.object({}).strict(),
    output: deskStatusSchema,
  },
  'desk:join': {
    input: deskJoinSchema,
    /** A refused join is an answer, not an error: the problem says why, for the form. */
    output: z.object({ status: deskStatusSchema, problem: deskProblemSchema.nullable() }),
  },
  'desk:leave': {
    input: z.object({}).strict(),
    output: deskStatusSchema,
  },
  'desk:dismissNotice': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: deskStatusSchema,
  },
  'terms:list': {
    input: z.object({}).strict(),
    output: termListsSchema,
  },
  'terms:rename': {
    /** A name already in use merges the two. */
    input: z
      .object({
        kind: termKindSchema,
        from: z.string().min(1).max(articleFieldLimits.tag),
        to: listNameSchema(articleFieldLimits.tag),
      })
      .strict(),
    output: termChangeSchema,
  },
  'terms:delete': {
    input: z
      .object({ kind: termKindSchema, name: z.string().min(1).max(articleFieldLimits.tag) })
      .strict(),
    output: termChangeSchema,
  },
  'spelling:check': {
    /** Distinct words, each in the dictionary of its script (Cyrillic: Russian, Latin: English). */
    input: z.object({ words: z.array(spellingWordSchema).max(5_000) }).strict(),
    output: z.object({ unknown: z.array(z.string()) }),
  },
  'spelling:suggest': {
    input: z.object({ word: spellingWordSchema }).strict(),
    output: z.object({ suggestions: z.array(z.string()) }),
  },
  'spelling:words': {
    input: z.object({}).strict(),
    output: spellingDictionarySchema,
  },
  'spelling:addWord': {
    input: z.object({ word: spellingWordSchema }).strict(),
    output: spellingDictionarySchema,
  },
  'spelling:removeWord': {
    input: z.object({ word: spellingWordSchema }).strict(),
    output: spellingDictionarySchema,
  },
  'people:list': {
    input: z.object({}).strict(),
    output: deskPeopleSchema,
  },
  'assignments:get': {
    input: z.object({ id: articleIdSchema }).strict(),
    output: articleAssignmentSchema,
  },
  'assignments:set': {
    input: assignInputSchema,
    output: articleAssignmentSchema,
  },
  'queue:get': {
    input: z.object({}).strict(),
    output: myQueueSchema,
  },
  'notifications:list': {
    input: z.object({}).strict(),
    /** Unseen, oldest first. */
    output: z.object({ notifications: z.array(assignmentNotificationSchema) }),
  },
  'notifications:markSeen': {
    input: z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }).strict(),
    output: z.object({ notifications: z.array(assignmentNotificationSchema) }),
  },
  'identity:get': {
    input: z.object({}).strict(),
    output: workstationIdentitySchema,
  },
  'identity:set': {
    /** An empty name goes back to the operating system's user name. */
    input: z.object({ name: personNameSchema }).strict(),
    output: workstationIdentitySchema,
  },
} as const satisfies { [Channel in ApiChannel]: ApiContractEntry };

export type ApiContract = typeof apiContract;
/** What a caller passes (defaults may be left out). */
export type ApiInput<C extends ApiChannel> = z.input<ApiContract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type ApiParsedInput<C extends ApiChannel> = z.output<ApiContract[C]['input']>;
export type ApiOutput<C extends ApiChannel> = z.output<ApiContract[C]['output']>;
export type AppInfo = z.infer<typeof appInfoSchema>;
