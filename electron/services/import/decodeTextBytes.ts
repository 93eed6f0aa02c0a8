/** The text of a file, or why it is not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

/** Signatures of binary files that turn up with a text extension. */
const binarySignatures: { name: string; bytes: number[] }[] = [
  { name: 'a ZIP archive, perhaps a DOCX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'an old Word .doc or other Office file', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'an RTF file', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

/**
 * Decodes a text file. UTF-8 is expected (a BOM is dropped); UTF-16 is accepted when a
 * BOM says so; an HTML file that is not UTF-8 may name its charset in a `<meta>`.
 * Anything else is refused rather than decoded with replacement characters: a
 * windows-1251 file read as UTF-8 would import as a page of "�" without anyone noticing.
 */
export function decodeTextBytes(bytes: Uint8Array, isHtml: boolean): DecodedText {
  const binary = binarySignatures.find((signature) =>
    signature.bytes.every((value, index) => bytes[index] === value),
  );
  if (binary) return { ok: false, reason: `not a text file (it looks like ${binary.name})` };
  let text: string | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes.subarray(2));
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = decode('utf-8', bytes.subarray(start));
    if (text === null && isHtml) text = decodeDeclaredCharset(bytes);
  }
  if (text === null) {
    return { ok: false, reason: 'not UTF-8 text (save it as UTF-8 and import again)' };
  }
  if (text.includes('\u0000'))
    return { ok: false, reason: 'not a text file (it contains binary data)' };
  return { ok: true, text };
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeDeclaredCharset(bytes: Uint8Array): string | null {
  // The declaration is ASCII, near the top; latin1 reads those bytes as they are.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return null;
  return decode(charset, bytes);
}
