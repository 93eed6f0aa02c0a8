import type { ImportedImage } from './importedArticle';
import { sha256 } from './sha256';

/** No single pasted or embedded image may be larger than the largest importable file. */
const maxImageBytes = 20 * 1024 * 1024;

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Int16Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i += 1) base64Values[base64Alphabet.charCodeAt(i)] = i;
// URL-safe variants turn up in clipboard HTML now and then.
base64Values['-'.charCodeAt(0)] = 62;
base64Values['_'.charCodeAt(0)] = 63;

/**
 * Raster formats the library stores, recognised by their first bytes. SVG is left out on
 * purpose: it is a document that can carry script, not a picture.
 */
const imageSignatures: { mimeType: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { mimeType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) },
  { mimeType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/gif', matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    mimeType: 'image/webp',
    matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 4) === 'WEBP',
  },
];

/**
 * The image inside a `data:` URI, or null when it is not a base64 PNG, JPEG, GIF or WebP
 * whose bytes agree with its declared type. The type is taken from the bytes, so a
 * mislabelled file cannot smuggle another format through.
 */
export function decodeImageDataUri(uri: string): ImportedImage | null {
  const match = /^\s*data:([^,]*?),/i.exec(uri);
  if (!match) return null;
  const params = (match[1] ?? '')
    .toLowerCase()
    .split(';')
    .map((part) => part.trim());
  if (!params.includes('base64')) return null;
  const declared = params[0] ?? '';
  if (declared !== '' && !declared.startsWith('image/')) return null;
  const bytes = decodeBase64(uri.slice(match[0].length));
  if (!bytes) return null;
  return imageFromBytes(bytes);
}

/** An image from raw bytes when they are one of the stored raster formats; null otherwise. */
export function imageFromBytes(bytes: Uint8Array): ImportedImage | null {
  if (bytes.length === 0 || bytes.length > maxImageBytes) return null;
  const signature = imageSignatures.find((candidate) => candidate.matches(bytes));
  if (!signature) return null;
  return { imageId: sha256(bytes), mimeType: signature.mimeType, bytes };
}

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]|%0[ad]|%20/gi, '');
  if (clean.length === 0 || Math.floor((clean.length * 3) / 4) > maxImageBytes) return null;
  const output = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? (base64Values[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[length] = (buffer >> bits) & 0xff;
      length += 1;
    }
  }
  return output.subarray(0, length);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
