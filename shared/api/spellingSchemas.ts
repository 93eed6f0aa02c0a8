import { z } from 'zod';

/** One word as the checker sees it: letters with inner hyphens or apostrophes. */
export const spellingWordSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^\p{L}+(?:[-']\p{L}+)*$/u, 'not a word');

export const spellingEntrySchema = z.object({
  word: z.string(),
  language: z.enum(['ru', 'en']),
  addedBy: z.string(),
  addedAt: z.number().int(),
});

export const spellingDictionarySchema = z.object({ words: z.array(spellingEntrySchema) });
