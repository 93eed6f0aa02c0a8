import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { ruleFailures } from '../../../shared/rules/ruleFailure';
import { ArticleRuleError } from './articleRuleError';

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export type ImageMimeType = (typeof imageMimeTypes)[number];

/** Largest image the library takes. */
export const maxImageBytes = 20 * 1024 * 1024;

export interface StoredImage {
  id: string;
  mimeType: ImageMimeType;
  bytes: Uint8Array;
  fileName: string;
}

/** The type the bytes say they are (not what a file name or a client claims). */
export function sniffImageMimeType(bytes: Uint8Array): ImageMimeType | null {
  const starts = (...signature: number[]): boolean =>
    signature.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return 'image/webp';
  }
  return null;
}

/** Images by content hash: the same picture twice is stored once. */
export class ImageStore {
  private readonly statements: {
    insert: Statement<[string, string, Uint8Array, string, number]>;
    get: Statement<
      [string],
      { id: string; mime_type: ImageMimeType; bytes: Buffer; file_name: string }
    >;
  };

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(
        'INSERT OR IGNORE INTO images (id, mime_type, bytes, file_name, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      get: db.prepare('SELECT id, mime_type, bytes, file_name FROM images WHERE id = ?'),
    };
  }

  /** Stores the bytes (checked to be an image we can publish) and returns their id. */
  put(bytes: Uint8Array, fileName: string, at: number): { id: string; mimeType: ImageMimeType } {
    const refuse = (reason: 'empty' | 'too_large' | 'not_image'): never => {
      throw new ArticleRuleError(ruleFailures.imageRefused(reason, maxImageBytes / 1024 / 1024));
    };
    if (bytes.length === 0) refuse('empty');
    if (bytes.length > maxImageBytes) refuse('too_large');
    const mimeType = sniffImageMimeType(bytes) ?? refuse('not_image');
    const id = createHash('sha256').update(bytes).digest('hex');
    this.statements.insert.run(id, mimeType, bytes, fileName.slice(0, 200), at);
    return { id, mimeType };
  }

  get(id: string): StoredImage | undefined {
    if (!/^[0-9a-f]{64}$/.test(id)) return undefined;
    const row = this.statements.get.get(id);
    return row
      ? {
          id: row.id,
          mimeType: row.mime_type,
          bytes: new Uint8Array(row.bytes),
          fileName: row.file_name,
        }
      : undefined;
  }
}
