import { describeIdentity } from '../services/identity/workstationIdentity';
import type { Library } from '../services/library/openLibrary';
import type { CliContext } from './cliContext';

/**
 * Who a command's changes are recorded as: as in the app, the desk's person once joined, else
 * the name set in Settings, else the login (asked of the library the command opened).
 */
export function actorIn(context: CliContext, library: Library): string {
  return describeIdentity(library.db, context.actor).actor;
}
