import type { ArticlePatch } from '../../shared/article/articleSchema';

/** Edits not yet acknowledged by the server, kept in this browser profile until they are. */
export interface JournalEntry {
  articleId: string;
  /** The version the edits were made on. */
  baseVersion: number;
  patch: ArticlePatch;
  at: number;
}

type FieldPatch = Omit<ArticlePatch, 'body'>;

/** An entry as last written, its body kept as the JSON text it was written with. */
interface WrittenEntry {
  raw: string;
  articleId: string;
  baseVersion: number;
  fields: FieldPatch;
  body: string | undefined;
}

const prefix = 'galley:journal:';

/**
 * The entry last written, with its stored text: each save merges over the previous entry, and
 * parsing a long body back, or stringifying it again, on every save would cost a keystroke's time.
 */
let written: WrittenEntry | null = null;

/**
 * The renderer's local journal. Writes are synchronous (localStorage), so an entry made
 * before a save goes out survives the tab, the server or the machine going down.
 */
export const editJournal = {
  read(articleId: string): JournalEntry | null {
    try {
      const raw = localStorage.getItem(prefix + articleId);
      if (!raw) return null;
      const entry = JSON.parse(raw) as JournalEntry;
      return entry.articleId === articleId && typeof entry.baseVersion === 'number' ? entry : null;
    } catch {
      return null;
    }
  },

  /**
   * Merges `fields`, and the body when given (as its JSON text, `bodyJsonText`), over what is
   * already journaled for the article.
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

/** The stored entry for the article, without parsing it again when it is the one last written. */
function writtenEntry(articleId: string): Omit<WrittenEntry, 'raw'> | null {
  const raw = localStorage.getItem(prefix + articleId);
  if (!raw) return null;
  if (written?.articleId === articleId && written.raw === raw) return written;
  const entry = editJournal.read(articleId);
  if (!entry) return null;
  const { body, ...fields } = entry.patch;
  return {
    articleId,
    baseVersion: entry.baseVersion,
    fields,
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/** The entry as JSON, the body's text put in as it is rather than stringified again. */
function entryText(entry: Omit<WrittenEntry, 'raw'>, at: number): string {
  const { articleId, baseVersion, fields, body } = entry;
  const text = JSON.stringify({ articleId, baseVersion, at, patch: fields });
  if (body === undefined) return text;
  // `text` ends with the patch's and the entry's closing braces.
  const open = text.slice(0, -2);
  return `${open}${open.endsWith('{') ? '' : ','}"body":${body}}}`;
}
