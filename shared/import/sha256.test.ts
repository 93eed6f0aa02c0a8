import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeImageDataUri, imageFromBytes } from './decodeImageDataUri';
import { sha256 } from './sha256';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('matches the standard test vectors', () => {
    expect(sha256(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches Node crypto', () => {
    const bytes = randomBytes(100_000);
    expect(sha256(bytes)).toBe(nodeSha256(bytes));
  });
});

describe('decodeImageDataUri', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('decodes base64 images, tolerating whitespace and odd case', () => {
    const base64 = png.toString('base64');
    const image = decodeImageDataUri(
      ` DATA:Image/PNG;charset=x;BASE64,${base64.slice(0, 10)}\n ${base64.slice(10)}`,
    );
    expect(image?.mimeType).toBe('image/png');
    expect(Buffer.from(image?.bytes ?? [])).toEqual(png);
    expect(image?.imageId).toBe(nodeSha256(png));
  });

  it('refuses what is not a base64 raster image', () => {
    const svg = Buffer.from('<svg onload="alert(1)"/>').toString('base64');
    expect(decodeImageDataUri(`data:image/svg+xml;base64,${svg}`)).toBeNull();
    expect(decodeImageDataUri(`data:text/html;base64,${png.toString('base64')}`)).toBeNull();
    expect(decodeImageDataUri('data:image/png,%89PNG')).toBeNull();
    expect(decodeImageDataUri('data:image/png;base64,@@@@')).toBeNull();
    expect(decodeImageDataUri('https://example.com/a.png')).toBeNull();
    expect(imageFromBytes(new Uint8Array())).toBeNull();
  });

  it('recognises GIF and WebP by their bytes', () => {
    expect(imageFromBytes(new TextEncoder().encode('GIF89a....'))?.mimeType).toBe('image/gif');
    expect(imageFromBytes(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))?.mimeType).toBe(
      'image/webp',
    );
    expect(imageFromBytes(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});
