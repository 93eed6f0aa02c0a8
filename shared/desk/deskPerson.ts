import { z } from 'zod';
import { deskRoleSchema } from './deskRole';

export { assigneeSchema, type Assignee } from '../article/assigneeSchema';

/**
 * A person of the desk as workstations know them: the desk's user id, the name the desk
 * verified (the name history and `deskAuthors` carry), and their role; a workstation that has
 * not joined knows only its local user, with no role.
 */
export const deskPersonSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  role: deskRoleSchema.nullable(),
});
export type DeskPerson = z.infer<typeof deskPersonSchema>;

/** The local user of a workstation that has not joined a desk (no desk id): `local:<name>`. */
export function localPerson(name: string): DeskPerson {
  return { id: `local:${name}`, name, role: null };
}
