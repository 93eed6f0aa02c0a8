import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { deskPersonSchema, localPerson, type DeskPerson } from '../../../shared/desk/deskPerson';
import type { DeskPeople } from '../../../shared/desk/queueSchemas';
import { readLibrarySetting, writeLibrarySetting } from '../library/librarySettings';
import { deskHttpUrl } from './deskHttpUrl';

/** What the desk's `GET /people` answers, and what the library keeps of it. */
export const deskPeopleCacheSchema = z.object({
  me: deskPersonSchema,
  people: z.array(deskPersonSchema),
});
export type DeskPeopleCache = z.infer<typeof deskPeopleCacheSchema>;

/** The last list fetched from the desk, or null (not joined, or never reached). */
export function readCachedDeskPeople(db: Database): DeskPeopleCache | null {
  if (!readLibrarySetting(db, 'desk.url')) return null;
  const raw = readLibrarySetting(db, 'desk.people');
  if (!raw) return null;
  try {
    const parsed = deskPeopleCacheSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * This workstation's person: the one the desk verified for its token when joined (as last
 * fetched), else the local user under the name changes are recorded with.
 */
export function deskIdentity(db: Database, localName: string): DeskPerson {
  return readCachedDeskPeople(db)?.me ?? localPerson(localName);
}

/** The people to assign to or mention; `isOnline` says whether the cache is the desk's word now. */
export function listDeskPeople(db: Database, localName: string, isOnline: boolean): DeskPeople {
  const cached = readCachedDeskPeople(db);
  if (!cached) {
    const me = localPerson(localName);
    return { me, people: [me], source: 'local' };
  }
  return { ...cached, source: isOnline ? 'desk' : 'cache' };
}

/** Keeps the list; true when it changed. */
export function writeCachedDeskPeople(db: Database, people: DeskPeopleCache): boolean {
  const value = JSON.stringify(people);
  if (readLibrarySetting(db, 'desk.people') === value) return false;
  writeLibrarySetting(db, 'desk.people', value);
  return true;
}

/** Asks the desk for its people; null when it cannot be reached or refuses. */
export async function fetchDeskPeople(url: string, token: string): Promise<DeskPeopleCache | null> {
  const base = deskHttpUrl(url);
  if (!base) return null;
  try {
    const response = await fetch(new URL('/people', base), {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return null;
    const parsed = deskPeopleCacheSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
