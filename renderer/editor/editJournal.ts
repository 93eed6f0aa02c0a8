import type { ArticlePatch } from '../../shared/article/articleSchema';
import type { BodyChange } from '../../shared/article/bodyChangeSchema';
import type { TiptapNode } from '../../shared/editor/tiptapJson';

export type FieldPatch = Omit<ArticlePatch, 'body'>;

/**
 * The body's edits not yet acknowledged: the changed top-level blocks counted against the body
 * the server last acknowledged (what the autosave sends), or the whole body when no
 * acknowledged body is known here (the first save, or after the server refused a splice).
 */
export type JournalBody =
  { kind: 'splice'; baseVersion: number; change: BodyChange } | { kind: 'whole'; doc: TiptapNode };

/** Edits not yet acknowledged by the server, kept in this browser profile until they are. */
export interface JournalEntry {
  articleId: string;
  /** The version the field edits were made on. */
  baseVersion: number;
  fields: FieldPatch;
  body?: JournalBody;
  at: number;
}

/** An entry as last written, its body kept as the JSON text it was written with. */
interface WrittenEntry {
  raw: string;
  articleId: string;
  baseVersion: number;
  fields: FieldPatch;
  body: string | undefined;
}

const prefix = 'galley:journal:';

/** The entry last written, with its stored text: a save merges over it without parsing it back. */
let written: WrittenEntry | null = null;

/**
 * The renderer's local journal. Writes are synchronous (localStorage), so an entry made
 * before a save goes out survives the tab, the server or the machine going down. It holds only
 * what is not durable yet, so that a save in a 20,000-word article writes about a paragraph.
 */
export const editJournal = {
  read(articleId: string): JournalEntry | null {
    try {
      const raw = localStorage.getItem(prefix + articleId);
      if (!raw) return null;
      const entry = JSON.parse(raw) as JournalEntry | LegacyEntry;
      if (entry.articleId !== articleId || typeof entry.baseVersion !== 'number') return null;
      return 'patch' in entry ? fromLegacy(entry) : entry;
    } catch {
      return null;
    }
  },

  /**
   * Merges `fields`, and the body when given (as the JSON text of a `JournalBody`, see
   * `journalBodyText`), over what is already journaled for the article.
   */
  write(articleId: string, baseVersion: number, fields: FieldPatch, body?: string): void {
    const previous = writtenEntry(articleId);
    const entry = {
      articleId,
      baseVersion: previous?.baseVersion ?? baseVersion,
      fields: { ...previous?.fields, ...fields },
      body: body ?? previous?.body,
    };
    try {
      const raw = entryText(entry, Date.now());
      localStorage.setItem(prefix + articleId, raw);
      written = { raw, ...entry };
    } catch {
      // Storage full or disabled: the server copy is still the safe one.
    }
  },

  clear(articleId: string): void {
    localStorage.removeItem(prefix + articleId);
    if (written?.articleId === articleId) written = null;
  },
};

/** What earlier sessions wrote: the whole patch, the body in it whole. */
interface LegacyEntry {
  articleId: string;
  baseVersion: number;
  patch: ArticlePatch;
  at: number;
}

function fromLegacy(entry: LegacyEntry): JournalEntry {
  const { body, ...fields } = entry.patch;
  return {
    articleId: entry.articleId,
    baseVersion: entry.baseVersion,
    fields,
    ...(body ? { body: { kind: 'whole', doc: body } } : {}),
    at: entry.at,
  };
}

/** The stored entry for the article, without parsing it again when it is the one last written. */
function writtenEntry(articleId: string): Omit<WrittenEntry, 'raw'> | null {
  const raw = localStorage.getItem(prefix + articleId);
  if (!raw) return null;
  if (written?.articleId === articleId && written.raw === raw) return written;
  const entry = editJournal.read(articleId);
  if (!entry) return null;
  return {
    articleId,
    baseVersion: entry.baseVersion,
    fields: entry.fields,
    body: entry.body === undefined ? undefined : JSON.stringify(entry.body),
  };
}

/** The entry as JSON, the body's text put in as it is rather than stringified again. */
function entryText(entry: Omit<WrittenEntry, 'raw'>, at: number): string {
  const { articleId, baseVersion, fields, body } = entry;
  const text = JSON.stringify({ articleId, baseVersion, at, fields });
  if (body === undefined) return text;
  // `text` ends with the entry's closing brace.
  return `${text.slice(0, -1)},"body":${body}}`;
}
