import type { ByteSource } from './siteFileBytes';

// Each item of the index links its folder once, in this form; headlines and rubrics are
// escaped, so the pattern appears nowhere else, and `<li` only where an item starts.
const linkStart = Buffer.from('<h2><a href="', 'utf8');
const itemStart = Buffer.from('<li', 'utf8');
const quote = 0x22;

/** Where an article stands in the index's order (newest first): its publication time and id. */
export interface IndexKey {
  published: number;
  id: string;
}

function isNewer(a: IndexKey, b: IndexKey): boolean {
  return a.published > b.published || (a.published === b.published && a.id > b.id);
}

/**
 * The first item of a site index Galley wrote that is not newer than `target`: where its
 * `<li` starts and the folder it links, found by bisection without reading the index through.
 * `keyOf` tells the key of the article at a folder (the folder's entries); `listEnd` is where
 * the list closes, and undefined means every item is newer. Throws when the index links a
 * folder `keyOf` does not know.
 */
export function findIndexItem(
  index: ByteSource,
  target: IndexKey,
  keyOf: (path: string) => IndexKey | undefined,
  listEnd: number,
): { start: number; path: string } | undefined {
  const itemAfter = (from: number) => {
    const link = index.indexOf(linkStart, from);
    if (link < 0 || link >= listEnd) return undefined;
    const pathStart = link + linkStart.length;
    const pathEnd = index.indexOf(quote, pathStart);
    if (pathEnd < 0 || pathEnd >= listEnd) throw new Error('the index ends inside a link');
    const path = index.subarray(pathStart, pathEnd).toString('utf8');
    const key = keyOf(path);
    if (!key) throw new Error(`the index links ${path}, which the folder's entries do not hold`);
    return { link, path, key };
  };
  // The first byte from which the next item is not newer than the target.
  let low = 0;
  let high = listEnd;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const item = itemAfter(middle);
    if (item === undefined || !isNewer(item.key, target)) high = middle;
    else low = item.link + 1;
  }
  const item = itemAfter(low);
  if (!item) return undefined;
  const start = index.lastIndexOf(itemStart, item.link);
  if (start < 0) throw new Error('the index holds a link outside an item');
  return { start, path: item.path };
}
