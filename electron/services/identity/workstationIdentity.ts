import type { Database } from 'better-sqlite3';
import { personNameSchema, type WorkstationIdentity } from '../../../shared/api/identitySchemas';
import { readCachedDeskPeople } from '../desk/deskPeople';
import {
  deleteLibrarySetting,
  readLibrarySetting,
  writeLibrarySetting,
} from '../library/librarySettings';

/** The name set in Settings, or null (none set, or a stored value no longer valid). */
export function readPersonName(db: Database): string | null {
  const stored = readLibrarySetting(db, 'person.name');
  if (stored === undefined) return null;
  const parsed = personNameSchema.safeParse(stored);
  return parsed.success && parsed.data !== '' ? parsed.data : null;
}

/** Keeps the name; an empty one goes back to the operating system's user name. */
export function writePersonName(db: Database, name: string): void {
  const valid = personNameSchema.parse(name);
  if (valid === '') deleteLibrarySetting(db, 'person.name');
  else writeLibrarySetting(db, 'person.name', valid);
}

/**
 * Who this workstation records changes as, read afresh each time so a name set in Settings
 * counts from the next change: the person the desk verified for this workstation's token once
 * joined, else the name set in Settings, else the operating system's user name.
 */
export function describeIdentity(db: Database, loginName: string): WorkstationIdentity {
  const name = readPersonName(db);
  const desk = readCachedDeskPeople(db)?.me;
  if (desk) return { name, loginName, actor: desk.name, source: 'desk' };
  if (name !== null) return { name, loginName, actor: name, source: 'settings' };
  return { name, loginName, actor: loginName, source: 'login' };
}

/** Who makes a change now; asked for each change, never kept. */
export type ActorOf = () => string;

/** This workstation's actor over `db`, with `loginName` as the last resort. */
export function workstationActor(db: Database, loginName: string): ActorOf {
  return () => describeIdentity(db, loginName).actor;
}
