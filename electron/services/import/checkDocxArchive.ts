import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './importError';

/** Limits a DOCX must stay within before any library decompresses it. */
export const docxLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  /** Smaller entries cannot bomb anything, and tiny repetitive XML parts compress past 200:1. */
  ratioFloor: 64 * 1024,
} as const;

/**
 * Refuses a `.docx` that is not a ZIP with `word/document.xml`, or whose parts would
 * inflate past the limits (a zip bomb). yauzl reads the central directory (the one
 * mammoth's JSZip follows) without inflating anything, so the declared sizes are judged
 * first; then each part is inflated and counted, stopping one chunk past its declared
 * size, because a bomb can lie in its directory and mammoth's unzipper would believe it.
 * Throws ImportError; resolves to nothing.
 */
export async function checkDocxArchive(name: string, bytes: Uint8Array): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zipfile: ZipFile;
  try {
    zipfile = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw new ImportError(name, directoryProblem(error));
  }
  try {
    const count = zipfile.entryCount;
    if (count > docxLimits.maxEntries) {
      throw unreadable(
        name,
        `it has too many parts (${count}; the limit is ${docxLimits.maxEntries})`,
      );
    }
    const entries: Entry[] = [];
    try {
      for await (const entry of zipfile.eachEntry()) entries.push(entry);
    } catch (error) {
      throw new ImportError(name, directoryProblem(error));
    }
    checkDeclaredSizes(name, entries);
    for (const entry of entries) await verifyEntry(name, zipfile, entry);
  } finally {
    zipfile.close();
  }
}

function checkDeclaredSizes(name: string, entries: readonly Entry[]): void {
  if (!entries.some((entry) => entry.fileName === 'word/document.xml')) {
    throw new ImportError(name, 'not a DOCX file (the archive has no word/document.xml)');
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > docxLimits.maxTotalUncompressed) {
      throw new ImportError(
        name,
        `refused: it would unpack to over ${megabytes(docxLimits.maxTotalUncompressed)} (a zip bomb?)`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > docxLimits.ratioFloor && ratio > docxLimits.maxRatio) {
      throw new ImportError(
        name,
        `refused: part ${entry.fileName} is compressed ${Math.round(ratio)}:1 (a zip bomb?)`,
      );
    }
  }
}

async function verifyEntry(name: string, zipfile: ZipFile, entry: Entry): Promise<void> {
  const part = entry.fileName;
  if (entry.isEncrypted()) throw new ImportError(name, 'the document is password-protected');
  if (part.endsWith('/') && entry.uncompressedSize === 0) return;
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw unreadable(name, `part ${part} uses an unsupported compression method`);
  }
  let stream: Readable;
  try {
    stream = await zipfile.openReadStreamPromise(entry);
  } catch (error) {
    throw unreadable(
      name,
      /overflows file bounds/.test(messageOf(error))
        ? `it is truncated (part ${part} is cut off)`
        : `it is damaged (part ${part} is missing)`,
    );
  }
  const size = await countBytes(stream, entry.uncompressedSize);
  if (size === 'over') throw unreadable(name, `part ${part} is damaged or larger than declared`);
  if (size !== entry.uncompressedSize) {
    throw unreadable(name, `part ${part} does not match its declared size`);
  }
}

/**
 * The bytes a part inflates to, or 'over' once it passes `cap` or fails to inflate.
 * yauzl's validateEntrySizes already errors one chunk past the declared size; the cap
 * here keeps that guarantee whatever the library's options.
 */
function countBytes(stream: Readable, cap: number): Promise<number | 'over'> {
  return new Promise((resolve) => {
    let size = 0;
    const finish = (result: number | 'over'): void => {
      stream.destroy();
      resolve(result);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) finish('over');
    });
    // yauzl's count reports a short part as "not enough bytes"; anything else is a bad stream.
    stream.on('error', (error) => finish(/not enough bytes/.test(error.message) ? size : 'over'));
    stream.on('end', () => finish(size));
  });
}

/** yauzl's error for an archive it cannot open or list, as our reason. */
function directoryProblem(error: unknown): string {
  const message = messageOf(error);
  if (/multi-disk/.test(message)) return readable('it is a multi-part ZIP archive');
  if (/strong encryption/.test(message)) return 'the document is password-protected';
  if (/zip64/i.test(message)) return readable('it is damaged (bad ZIP64 directory)');
  if (/central directory file header|extra field/.test(message)) {
    return readable('it is damaged (bad ZIP directory entry)');
  }
  if (/size mismatch for stored file/.test(message)) {
    return readable('a stored part does not match its declared size');
  }
  if (/fileName|absolute path|relative path/.test(message)) {
    return readable('it is damaged (a part has an unsafe name)');
  }
  if (/unexpected EOF/.test(message)) {
    return readable('it is damaged or truncated (ZIP directory out of bounds)');
  }
  return readable('it is damaged or truncated (no ZIP directory found)');
}

function readable(reason: string): string {
  return `not a readable DOCX file: ${reason}`;
}

function unreadable(name: string, reason: string): ImportError {
  return new ImportError(name, readable(reason));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
