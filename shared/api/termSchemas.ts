import { z } from 'zod';

export const termKindSchema = z.enum(['rubric', 'tag']);

const termCountSchema = z.object({ name: z.string(), count: z.number().int().nonnegative() });

export const termListsSchema = z.object({
  rubrics: z.array(termCountSchema),
  tags: z.array(termCountSchema),
});

/** The lists after a rename, merge or delete, and how many articles it changed. */
export const termChangeSchema = termListsSchema.extend({ changed: z.number().int().nonnegative() });
