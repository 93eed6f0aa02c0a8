import type { DeskRole } from '../../../shared/desk/deskRole';

/** A person of the desk as the store keeps them; the token itself is never stored. */
export interface DeskUser {
  id: string;
  name: string;
  role: DeskRole;
  createdAt: number;
  revokedAt: number | null;
}

export interface NewDeskUser extends Omit<DeskUser, 'revokedAt'> {
  tokenHash: string;
}

/** One update the desk accepted, with the person the desk verified it from. */
export interface DeskChange {
  documentName: string;
  userId: string;
  at: number;
  update: Uint8Array;
}

/** An image a figure shows, kept by the SHA-256 of its bytes. */
export interface DeskImage {
  mimeType: string;
  bytes: Uint8Array;
}

export interface DeskDocumentInfo {
  name: string;
  updatedAt: number;
}

/**
 * What the desk server keeps: Yjs document states, the people and their hashed tokens, and a
 * log of accepted updates with who sent them. Two implementations behind it: one SQLite file
 * (a small desk, no set-up) and PostgreSQL (a newsroom).
 */
export interface DeskStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it is, for the start-up line (a PostgreSQL URL without its password). */
  readonly location: string;
  loadDocument(name: string): Promise<Uint8Array | null>;
  /**
   * Merges `state` into what is stored, in one transaction: a write never takes away what
   * another desk process stored meanwhile. Resolves to the state vector now stored, which
   * covers `state`. PostgreSQL stamps the time with its own clock (every desk process over it
   * agrees); SQLite with `at`.
   */
  storeDocument(name: string, state: Uint8Array, at: number): Promise<Uint8Array>;
  /** Documents stored at or after `since` (the store's clock, ms; 0 for all). */
  listDocuments(since?: number): Promise<DeskDocumentInfo[]>;
  recordChanges(changes: readonly DeskChange[]): Promise<void>;
  /** Keeps an image (a second put of the same id changes nothing). */
  putImage(id: string, image: DeskImage, at: number): Promise<void>;
  getImage(id: string): Promise<DeskImage | null>;
  countChanges(documentName: string): Promise<{ userId: string; count: number }[]>;
  addUser(user: NewDeskUser): Promise<void>;
  listUsers(): Promise<DeskUser[]>;
  /** Revokes by name; null when nobody has that name. */
  revokeUser(name: string, at: number): Promise<DeskUser | null>;
  /** The person a token hash belongs to, revoked or not (the caller decides). */
  findUserByTokenHash(tokenHash: string): Promise<DeskUser | null>;
  close(): Promise<void>;
}
