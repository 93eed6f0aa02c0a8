import { inflateRawSync } from 'node:zlib';
import { ImportError } from './importError';
import { readZipDirectory, type ZipEntry } from './readZipDirectory';

/** Limits a DOCX must stay within before any library decompresses it. */
export const docxLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  /** Smaller entries cannot bomb anything, and tiny repetitive XML parts compress past 200:1. */
  ratioFloor: 64 * 1024,
} as const;

const localHeaderSignature = 0x04034b50;

/**
 * Refuses a `.docx` that is not a ZIP with `word/document.xml`, or whose parts would
 * inflate past the limits (a zip bomb). The declared sizes are checked first; then each
 * part is inflated with a cap at its declared size, because a bomb can lie in its
 * directory and mammoth's unzipper would believe it. Throws ImportError; returns nothing.
 */
export function checkDocxArchive(name: string, bytes: Uint8Array): void {
  const directory = readZipDirectory(bytes, docxLimits.maxEntries);
  if (!directory.ok) throw new ImportError(name, `not a readable DOCX file: ${directory.reason}`);
  const { entries } = directory;
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
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
        `refused: part ${entry.name} is compressed ${Math.round(ratio)}:1 (a zip bomb?)`,
      );
    }
  }
  for (const entry of entries) verifyEntry(name, bytes, entry);
}

function verifyEntry(name: string, bytes: Uint8Array, entry: ZipEntry): void {
  if (entry.flags & 0x0001) throw new ImportError(name, 'the document is password-protected');
  if (entry.name.endsWith('/') && entry.uncompressedSize === 0) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== localHeaderSignature) {
    throw new ImportError(
      name,
      `not a readable DOCX file: it is damaged (part ${entry.name} is missing)`,
    );
  }
  const dataStart =
    header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) {
    throw new ImportError(
      name,
      `not a readable DOCX file: it is truncated (part ${entry.name} is cut off)`,
    );
  }
  const data = bytes.subarray(dataStart, dataEnd);
  let size: number;
  if (entry.method === 0) {
    size = data.length;
  } else if (entry.method === 8) {
    try {
      // One byte over the declared size is enough to catch a lie.
      size = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 }).length;
    } catch {
      throw new ImportError(
        name,
        `not a readable DOCX file: part ${entry.name} is damaged or larger than declared`,
      );
    }
  } else {
    throw new ImportError(
      name,
      `not a readable DOCX file: part ${entry.name} uses an unsupported compression method`,
    );
  }
  if (size !== entry.uncompressedSize) {
    throw new ImportError(
      name,
      `not a readable DOCX file: part ${entry.name} does not match its declared size`,
    );
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
