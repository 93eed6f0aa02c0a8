/** One file in a ZIP archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not something Word writes. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The central directory, or why it could not be read. */
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const endOfDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const directoryEntrySignature = 0x02014b50;
const maxCommentLength = 0xffff;

/**
 * Reads a ZIP's central directory without decompressing anything, so the sizes an
 * archive claims can be judged before a library inflates it. Handles ZIP64, which is
 * how an archive declares entries over 4 GB. Refuses more than `maxEntries` entries
 * before reading them.
 *
 * Hand-written on purpose: fflate's `unzipSync` filter lists names and sizes but not the
 * local header offset or the flags, and its inflate writes into a buffer of the declared
 * size, silently dropping the rest, so an entry that lies about its size passes unseen
 * (and is inflated whole). Its streaming `Unzip` follows local headers, not the central
 * directory mammoth's JSZip follows, so an entry hidden from one is seen by the other.
 * The zip-bomb checks need each central entry's own data, capped by Node's zlib.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return fail('it is damaged or truncated (no ZIP directory found)');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    return fail('it is a multi-part ZIP archive');
  }
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== zip64LocatorSignature) {
      return fail('it is damaged (bad ZIP64 directory)');
    }
    const zip64End = readUint64(view, locator + 8);
    if (zip64End + 56 > end || view.getUint32(zip64End, true) !== zip64EndSignature) {
      return fail('it is damaged (bad ZIP64 directory)');
    }
    count = readUint64(view, zip64End + 32);
    size = readUint64(view, zip64End + 40);
    offset = readUint64(view, zip64End + 48);
  }
  if (count > maxEntries)
    return fail(`it has too many parts (${count}; the limit is ${maxEntries})`);
  if (offset + size > bytes.length)
    return fail('it is damaged or truncated (ZIP directory out of bounds)');

  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (
      position + 46 > offset + size ||
      view.getUint32(position, true) !== directoryEntrySignature
    ) {
      return fail('it is damaged (bad ZIP directory entry)');
    }
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const next = position + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return fail('it is damaged (bad ZIP directory entry)');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength)),
      method: view.getUint16(position + 10, true),
      flags: view.getUint16(position + 8, true),
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    };
    applyZip64Extra(view, position + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    position = next;
  }
  return { ok: true, entries };
}

function fail(reason: string): ZipDirectory {
  return { ok: false, reason };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - maxCommentLength);
  for (let position = last; position >= first; position -= 1) {
    if (view.getUint32(position, true) !== endOfDirectorySignature) continue;
    // The comment length must reach exactly to the end, or this is a stray signature.
    if (position + 22 + view.getUint16(position + 20, true) === view.byteLength) return position;
  }
  return -1;
}

/** Fills in the 64-bit sizes that ZIP64 moves into an extra field (id 0x0001). */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let position = start; position + 4 <= start + length;) {
    const id = view.getUint16(position, true);
    const size = view.getUint16(position + 2, true);
    let field = position + 4;
    const fieldEnd = Math.min(field + size, start + length);
    if (id === 0x0001) {
      // Only the values whose 32-bit slots are saturated are present, in this order.
      if (entry.uncompressedSize === 0xffffffff && field + 8 <= fieldEnd) {
        entry.uncompressedSize = readUint64(view, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff && field + 8 <= fieldEnd) {
        entry.compressedSize = readUint64(view, field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff && field + 8 <= fieldEnd) {
        entry.localHeaderOffset = readUint64(view, field);
      }
      return;
    }
    position += 4 + size;
  }
}

/** A little-endian 64-bit value as a number (exact up to 2^53, which no real file reaches). */
function readUint64(view: DataView, position: number): number {
  return view.getUint32(position, true) + view.getUint32(position + 4, true) * 0x1_0000_0000;
}
