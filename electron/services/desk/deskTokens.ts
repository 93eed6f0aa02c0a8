import { createHash, randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { DeskRole } from '../../../shared/desk/deskRole';
import { DeskError } from './deskError';
import type { DeskStore, DeskUser } from './deskStore';

const tokenPrefix = 'gly_';
const nextUserId = monotonicFactory();

/** Only a token's hash is stored: a copy of the desk database gives nobody a way in. */
export function hashDeskToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Adds a person and returns their personal token, which is shown once and never stored. */
export async function addDeskUser(
  store: DeskStore,
  name: string,
  role: DeskRole,
  now: number,
): Promise<{ user: DeskUser; token: string }> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120 || /[\p{Cc}]/u.test(trimmed))
    throw new DeskError('A name is 1–120 characters with no control characters.');
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  const user: DeskUser = {
    id: nextUserId(now),
    name: trimmed,
    role,
    createdAt: now,
    revokedAt: null,
  };
  await store.addUser({ ...user, tokenHash: hashDeskToken(token) });
  return { user, token };
}

export type DeskAuthentication =
  | { ok: true; user: DeskUser }
  | { ok: false; reason: 'missing token' | 'unknown token' | 'revoked token' };

/** Who a token belongs to; revoked and unknown tokens are told apart only in the reason. */
export async function authenticateDeskToken(
  store: DeskStore,
  token: string | undefined,
): Promise<DeskAuthentication> {
  if (!token) return { ok: false, reason: 'missing token' };
  if (!token.startsWith(tokenPrefix) || token.length > 100)
    return { ok: false, reason: 'unknown token' };
  const user = await store.findUserByTokenHash(hashDeskToken(token));
  if (!user) return { ok: false, reason: 'unknown token' };
  if (user.revokedAt !== null) return { ok: false, reason: 'revoked token' };
  return { ok: true, user };
}
