import { z } from 'zod';

/** The longest name a person may give themselves in Settings. */
export const personNameMaxLength = 100;

/**
 * The name a person wants their changes credited to on this workstation: one line, trimmed;
 * empty goes back to the operating system's user name.
 */
export const personNameSchema = z
  .string()
  .trim()
  .max(personNameMaxLength)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'a name is one line of printable characters');

/** Where the name changes are recorded under comes from, strongest first. */
export const identitySourceSchema = z.enum(['desk', 'settings', 'login']);

/** Who this workstation records changes as, and why. */
export const workstationIdentitySchema = z.object({
  /** The name set in Settings, or null while none is. */
  name: z.string().nullable(),
  /** The operating system's user name, used while no name is set. */
  loginName: z.string(),
  /** The name the next change is recorded under. */
  actor: z.string(),
  source: identitySourceSchema,
});
export type WorkstationIdentity = z.infer<typeof workstationIdentitySchema>;
