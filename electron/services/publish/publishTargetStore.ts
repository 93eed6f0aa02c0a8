import type { PublishTargetProblem } from '../../../shared/api/publishSchemas';
import type { Database } from 'better-sqlite3';

export const publishTargetKinds = ['http', 'wordpress', 'folder'] as const;
export type PublishTargetKind = (typeof publishTargetKinds)[number];

/** A place articles are published to, as configured; the secret is read only to deliver. */
export interface PublishTarget {
  name: string;
  kind: PublishTargetKind;
  /** The receiver's URL (http), the site (wordpress), or the folder. */
  url: string;
  /** WordPress: the user the Application Password belongs to. */
  user?: string | undefined;
  /** The public address of the site, for the export's canonical URLs (http, folder). */
  siteUrl?: string | undefined;
  /** WordPress: what unpublishing does to the post. */
  takedown?: 'draft' | 'trash' | undefined;
  createdAt: number;
}

/** Refused target settings, with a message a person can act on. */
export class PublishTargetError extends Error {
  constructor(
    readonly problem: PublishTargetProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks a target's URL: http(s) only, no user or password in it (secrets are given apart and
 * kept apart), no fragment. Returns it normalised.
 */
export function checkTargetUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PublishTargetError('not_a_url', `"${address}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PublishTargetError('not_http', `a target URL must be http(s), not ${url.protocol}`);
  if (url.username || url.password)
    throw new PublishTargetError(
      'credentials_in_url',
      'a target URL must not carry credentials: give the secret with --secret',
    );
  if (url.hash)
    throw new PublishTargetError('fragment_in_url', 'a target URL must not have a #fragment');
  return url.toString();
}

/** A folder target's path: absolute, so it means the same folder to every process. */
function checkFolder(folder: string): string {
  const trimmed = folder.trim();
  if (!trimmed.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(trimmed))
    throw new PublishTargetError(
      'folder_not_absolute',
      `a folder target needs an absolute path, not "${folder}"`,
    );
  return trimmed;
}

interface TargetRow {
  name: string;
  kind: PublishTargetKind;
  config_json: string;
  created_at: number;
}

/** The configured targets and their secrets, which never leave this table except to deliver. */
export class PublishTargetStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  add(target: Omit<PublishTarget, 'createdAt'>, secret: string, at: number): PublishTarget {
    const name = target.name.trim();
    if (!/^[\p{L}\p{N}_.-]{1,60}$/u.test(name))
      throw new PublishTargetError(
        'bad_name',
        'a target name is 1–60 letters, digits, ".", "_" or "-"',
      );
    if (!publishTargetKinds.includes(target.kind))
      throw new PublishTargetError(
        'bad_kind',
        `a target kind is one of ${publishTargetKinds.join(', ')}`,
      );
    const url = target.kind === 'folder' ? checkFolder(target.url) : checkTargetUrl(target.url);
    if (target.kind === 'wordpress' && !target.user?.trim())
      throw new PublishTargetError(
        'wordpress_user_missing',
        'a WordPress target needs the user its Application Password belongs to (--user)',
      );
    if (target.kind === 'wordpress' && !secret)
      throw new PublishTargetError(
        'wordpress_password_missing',
        'a WordPress target needs an Application Password (--secret), made under Users → Profile',
      );
    if (target.takedown !== undefined && target.takedown !== 'draft' && target.takedown !== 'trash')
      throw new PublishTargetError(
        'bad_takedown',
        'unpublishing moves a WordPress post to "draft" or "trash"',
      );
    const siteUrl = target.siteUrl ? checkTargetUrl(target.siteUrl) : undefined;
    if (this.get(name))
      throw new PublishTargetError('name_taken', `there is already a target named "${name}"`);
    const config = {
      url,
      ...(target.user ? { user: target.user.trim() } : {}),
      ...(target.kind === 'wordpress' ? { takedown: target.takedown ?? 'draft' } : {}),
      ...(siteUrl ? { siteUrl } : {}),
    };
    this.db.transaction(() => {
      this.s.insert.run(name, target.kind, JSON.stringify(config), at);
      if (secret) this.s.insertSecret.run(name, secret);
    })();
    return this.mustGet(name);
  }

  list(): PublishTarget[] {
    return this.s.list.all().map(toTarget);
  }

  get(name: string): PublishTarget | undefined {
    const row = this.s.get.get(name);
    return row ? toTarget(row) : undefined;
  }

  /** The secret, for delivering only: never printed, logged or exported. */
  secretOf(name: string): string {
    return this.s.secret.get(name)?.secret ?? '';
  }

  hasSecret(name: string): boolean {
    return this.secretOf(name) !== '';
  }

  remove(name: string): boolean {
    return this.s.remove.run(name).changes > 0;
  }

  private mustGet(name: string): PublishTarget {
    const target = this.get(name);
    if (!target) throw new Error(`target ${name} vanished`);
    return target;
  }
}

function toTarget(row: TargetRow): PublishTarget {
  const config = JSON.parse(row.config_json) as {
    url: string;
    user?: string;
    siteUrl?: string;
    takedown?: 'draft' | 'trash';
  };
  return {
    name: row.name,
    kind: row.kind,
    url: config.url,
    user: config.user,
    siteUrl: config.siteUrl,
    takedown: config.takedown,
    createdAt: row.created_at,
  };
}

function prepare(db: Database) {
  return {
    insert: db.prepare<[string, string, string, number]>(
      'INSERT INTO publish_targets (name, kind, config_json, created_at) VALUES (?, ?, ?, ?)',
    ),
    insertSecret: db.prepare<[string, string]>(
      'INSERT INTO publish_secrets (target, secret) VALUES (?, ?)',
    ),
    list: db.prepare<[], TargetRow>('SELECT * FROM publish_targets ORDER BY name'),
    get: db.prepare<[string], TargetRow>('SELECT * FROM publish_targets WHERE name = ?'),
    secret: db.prepare<[string], { secret: string }>(
      'SELECT secret FROM publish_secrets WHERE target = ?',
    ),
    remove: db.prepare<[string]>('DELETE FROM publish_targets WHERE name = ?'),
  };
}
