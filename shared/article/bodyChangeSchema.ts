import { z } from 'zod';
import { tiptapNodeSchema } from '../editor/tiptapJson';

/**
 * An autosave's body as the top-level blocks that changed since the body the server has: from
 * `start`, `deleteCount` stored blocks are replaced by `blocks`. Typing into a long article
 * changes one block, so the request no longer carries 20,000 words every second.
 */
export const bodyChangeSchema = z
  .object({
    /** How many blocks the body it was made on has: a change made on another body is refused. */
    baseCount: z.number().int().nonnegative(),
    /**
     * The digest of the body it was made on (`bodyDigest`): the server splices the blocks in only
     * when the body it stores has this digest, never onto another one.
     */
    baseDigest: z.string().min(1),
    start: z.number().int().nonnegative(),
    deleteCount: z.number().int().nonnegative(),
    blocks: z.array(tiptapNodeSchema),
  })
  .strict();
export type BodyChange = z.infer<typeof bodyChangeSchema>;
