import type { TiptapNode } from '../editor/tiptapJson';

/**
 * A block's digest: its JSON with object keys in sorted order, so that the editor's copy and the
 * stored copy of the same block agree however each was built, hashed to 53 bits (cyrb53).
 */
export function blockDigest(block: TiptapNode): string {
  return textDigest(canonicalJson(block));
}

/**
 * The digest of a body's top-level blocks, from their digests in order: what an autosave's
 * changed blocks were counted against, which the server checks against the body it stores
 * before splicing them in.
 */
export function bodyDigest(blockDigests: readonly string[]): string {
  return textDigest(`${blockDigests.length}:${blockDigests.join(',')}`);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

function textDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
