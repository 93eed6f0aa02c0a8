import { z } from 'zod';
import { deskRoleSchema } from './deskRole';

/** A Yjs item id as `Y.relativePositionToJSON` writes it. */
const yItemIdSchema = z.object({
  client: z.number().int().min(0),
  clock: z.number().int().min(0),
});

/** A position in the body that follows the text it is in, as Yjs encodes it (`Y.RelativePosition`). */
export const relativePositionSchema = z.object({
  type: yItemIdSchema.nullable().optional(),
  tname: z.string().max(100).nullable().optional(),
  item: yItemIdSchema.nullable().optional(),
  assoc: z.number().int().min(-1).max(1).optional(),
});

/** A caret (`anchor` = `head`) or a selection, in the shape `@tiptap/y-tiptap`'s cursor plugin keeps. */
export const presenceCursorSchema = z.object({
  anchor: relativePositionSchema,
  head: relativePositionSchema,
});
export type PresenceCursor = z.infer<typeof presenceCursorSchema>;

/** One open editor of an article: a window or tab, named by a random id of its own. */
export const presenceSessionIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The person the desk verified from a connection's token; stamped by the desk, never claimed. */
export const presenceUserSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  role: deskRoleSchema,
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** More editors of one article on one workstation than anyone opens: the rest are not shown. */
export const maxSessionsPerWorkstation = 16;

/**
 * What a workstation publishes in the Yjs awareness of an article's document on the desk: the
 * editors open on it here and their carets. `user` is written by the desk, over whatever came.
 */
export const workstationPresenceSchema = z.object({
  user: presenceUserSchema.optional(),
  sessions: z
    .array(z.object({ id: presenceSessionIdSchema, cursor: presenceCursorSchema.nullable() }))
    .max(maxSessionsPerWorkstation),
});
export type WorkstationPresence = z.infer<typeof workstationPresenceSchema>;

/** Someone else in the open article, as the editor draws them. */
export const presentPersonSchema = presenceUserSchema.extend({
  /** One per editor (a person with two windows open is two), stable while it stays. */
  key: z.string(),
  /** `#rrggbb`, the same for the person on every machine. */
  colour: z.string(),
  cursor: presenceCursorSchema.nullable(),
});
export type PresentPerson = z.infer<typeof presentPersonSchema>;

/** An article someone else has open in an editor, for the library's "editing now" marker. */
export const articlePresenceSchema = z.object({
  id: z.string(),
  people: z.array(presenceUserSchema.extend({ colour: z.string() })),
});
export type ArticlePresence = z.infer<typeof articlePresenceSchema>;

/** The desk's `GET /presence`: per document, who has it open in an editor now. */
export const deskPresenceListSchema = z.object({
  documents: z.array(
    z.object({
      name: z.string(),
      people: z.array(presenceUserSchema.extend({ clientId: z.number().int().min(0) })),
    }),
  ),
});
export type DeskPresenceList = z.infer<typeof deskPresenceListSchema>;
