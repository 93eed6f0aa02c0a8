import type { ByteSource } from './siteFileBytes';

// Where an article's entry starts in `manifest.json` as `serializeExportManifest` writes it:
// the only object at this indentation is an entry of the articles array, and a JSON string
// holds no raw line break, so the pattern appears nowhere else.
const entryStart = Buffer.from('\n    {\n      "id": "', 'utf8');
const entryEnd = Buffer.from('\n    }', 'utf8');
const quote = 0x22;
const backslash = 0x5c;

/** The entry at or after byte `from`: where its text starts and its id. */
function entryAfter(manifest: ByteSource, from: number): { start: number; id: string } | undefined {
  const found = manifest.indexOf(entryStart, from);
  if (found < 0) return undefined;
  const idStart = found + entryStart.length;
  const idEnd = manifest.indexOf(quote, idStart);
  const id = idEnd < 0 ? undefined : manifest.subarray(idStart, idEnd);
  if (id === undefined || id.includes(backslash)) {
    throw new Error('the manifest holds an id this search cannot read');
  }
  return { start: found + 1, id: id.toString('utf8') };
}

/** Where an entry's text starts and ends in the manifest, in bytes. */
export interface ManifestRange {
  start: number;
  end: number;
}

/**
 * The byte range of article `id`'s entry in a manifest Galley wrote (entries in id order,
 * two-space JSON), found by bisection without parsing the file: the text from the entry's
 * indentation to its closing brace. Undefined when there is no such entry. The manifest may
 * be a file read only where the bisection looks (`siteFileBytes`).
 */
export function findManifestEntry(manifest: ByteSource, id: string): ManifestRange | undefined {
  // The first byte from which the next entry's id is not below `id`.
  let low = 0;
  let high = manifest.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const entry = entryAfter(manifest, middle);
    if (entry === undefined || entry.id >= id) high = middle;
    else low = entry.start;
  }
  const entry = entryAfter(manifest, low);
  if (entry?.id !== id) return undefined;
  const end = manifest.indexOf(entryEnd, entry.start);
  if (end < 0) throw new Error('the manifest ends inside an entry');
  return { start: entry.start, end: end + entryEnd.length };
}
