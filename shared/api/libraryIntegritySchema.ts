import { z } from 'zod';

/**
 * The library's integrity check: still running (the library is usable meanwhile), passed,
 * or found damage (the library turns read-only and `message` offers the latest backup).
 */
export const libraryIntegritySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('checking'), startedAt: z.number() }),
  z.object({ state: z.literal('ok'), checkedAt: z.number(), durationMs: z.number() }),
  z.object({ state: z.literal('damaged'), checkedAt: z.number(), message: z.string() }),
]);
export type LibraryIntegrity = z.infer<typeof libraryIntegritySchema>;
