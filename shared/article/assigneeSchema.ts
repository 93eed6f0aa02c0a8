import { z } from 'zod';

/** Who an article is assigned to: a person of the desk by id and name. */
export const assigneeSchema = z
  .object({ id: z.string().min(1).max(200), name: z.string().trim().min(1).max(200) })
  .strict();
export type Assignee = z.infer<typeof assigneeSchema>;
