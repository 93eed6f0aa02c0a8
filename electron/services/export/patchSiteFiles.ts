import type { SiteConfig } from '../../../shared/export/exportTypes';
import { renderSiteIndexEntry } from '../../../shared/export/renderSiteIndex';
import type { FilePiece } from './exportFileSystem';
import type { ManifestArticle } from './exportManifest';
import { serializeManifestEntry } from './exportManifest';
import { findIndexItem, type IndexKey } from './findIndexItem';
import { findManifestEntry, type ManifestRange } from './findManifestEntry';
import type { SiteFileBytes } from './siteFileBytes';
import { siteIndexEntry } from './writeSiteFiles';

/** One article whose entry may have changed: its entry in the files on disk and its new one. */
export interface EntryChange {
  before: ManifestArticle;
  after: ManifestArticle;
  /** Where `before` stands in the manifest on disk, when already found; else it is searched. */
  at?: ManifestRange | undefined;
}

/** Options of {@link patchSiteFiles}. */
export interface SiteFilesPatch {
  site: SiteConfig;
  /**
   * The manifest and index on disk, as the folder's last complete export wrote them, read
   * only where the patch looks.
   */
  manifest: SiteFileBytes;
  index: SiteFileBytes;
  changes: readonly EntryChange[];
  /**
   * The folder of the first article listed after (published, id) in the index, newest first,
   * among the articles that stay where they are (not `moving`); undefined at the end.
   */
  nextInIndex(published: number, id: string, moving: ReadonlySet<string>): string | undefined;
  /** Where the article at a folder stands in the index on disk (the folder's entries). */
  indexKeyOf(path: string): IndexKey | undefined;
}

interface Splice {
  at: number;
  end: number;
  text: Buffer;
  rank: number;
}

// Pieces rather than one buffer: most of a patched file is ranges of the old one, copied
// from it as they are, never read into memory.
function splice(file: SiteFileBytes, splices: Splice[]): FilePiece[] {
  splices.sort((a, b) => a.at - b.at || a.rank - b.rank);
  const pieces: FilePiece[] = [];
  let cursor = 0;
  for (const { at, end, text } of splices) {
    if (at < cursor) throw new Error('two changes of the site files overlap');
    if (at > cursor) pieces.push(file.slice(cursor, at));
    if (text.length > 0) pieces.push(text);
    cursor = end;
  }
  if (cursor < file.length) pieces.push(file.slice(cursor, file.length));
  return pieces;
}

const listEndMark = Buffer.from('</ul>\n', 'utf8');

function newestFirst(a: ManifestArticle, b: ManifestArticle): number {
  const byDate = Date.parse(b.datePublished) - Date.parse(a.datePublished);
  if (byDate !== 0) return byDate;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The manifest and index a full export would write when only `changes` differ from the
 * export that wrote the files on disk, made by replacing those entries' bytes in place
 * rather than rendering and serialising every entry: changed manifest entries are
 * rewritten where they stand (the manifest is in id order and no change here moves an
 * article in it), and an index item that changed is taken out and put back before the item
 * that now follows it. Only files whose bytes change are returned. Throws when the files
 * are not what the changes say they were; the caller then exports in full.
 */
export function patchSiteFiles(patch: SiteFilesPatch): { name: string; data: FilePiece[] }[] {
  const { site, manifest, index } = patch;
  const manifestSplices: Splice[] = [];
  const indexSplices: Splice[] = [];
  const moving: ManifestArticle[] = [];
  const listEnd = index.lastIndexOf(listEndMark, index.length);
  // Found by bisection in the order the entries give, and checked byte for byte.
  const itemOf = (key: IndexKey, path: string): number | undefined => {
    const found = findIndexItem(index, key, (path) => patch.indexKeyOf(path), listEnd);
    return found?.path === path ? found.start : undefined;
  };
  for (const { before, after, at: known } of patch.changes) {
    if (before.id !== after.id) throw new Error('an entry changed its id');
    const range = known ?? findManifestEntry(manifest, before.id);
    if (!range) throw new Error(`article ${before.id} is not in the manifest`);
    const text = Buffer.from(serializeManifestEntry(after), 'utf8');
    if (!text.equals(manifest.subarray(range.start, range.end))) {
      manifestSplices.push({ ...range, at: range.start, text, rank: 0 });
    }
    const item = renderSiteIndexEntry(siteIndexEntry(before), site);
    if (item === renderSiteIndexEntry(siteIndexEntry(after), site)) {
      if (before.datePublished === after.datePublished) continue;
    }
    const bytes = Buffer.from(item, 'utf8');
    const at = itemOf({ published: Date.parse(before.datePublished), id: before.id }, before.path);
    if (at === undefined || !bytes.equals(index.subarray(at, at + bytes.length))) {
      throw new Error(`article ${before.id} is not in the index`);
    }
    indexSplices.push({ at, end: at + bytes.length, text: Buffer.alloc(0), rank: 0 });
    moving.push(after);
  }
  moving.sort(newestFirst);
  const movingIds = new Set(moving.map((entry) => entry.id));
  if (moving.length > 0 && listEnd < 0) throw new Error('the index lists no articles');
  for (const [rank, entry] of moving.entries()) {
    const next = patch.nextInIndex(Date.parse(entry.datePublished), entry.id, movingIds);
    let at: number | undefined = listEnd;
    if (next !== undefined) {
      const key = patch.indexKeyOf(next);
      at = key && itemOf(key, next);
      if (at === undefined) throw new Error(`the folder ${next} is not in the index`);
    }
    const text = Buffer.from(renderSiteIndexEntry(siteIndexEntry(entry), site), 'utf8');
    indexSplices.push({ at, end: at, text, rank: rank + 1 });
  }
  const files: { name: string; data: FilePiece[] }[] = [];
  if (indexSplices.length > 0)
    files.push({ name: 'index.html', data: splice(index, indexSplices) });
  if (manifestSplices.length > 0) {
    files.push({ name: 'manifest.json', data: splice(manifest, manifestSplices) });
  }
  return files;
}
