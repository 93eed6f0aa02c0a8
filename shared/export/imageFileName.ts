/**
 * Raster image types a page may carry, with their file extensions. SVG is left out on
 * purpose: opened directly from the site it runs scripts with the site's origin.
 */
export const publishableImageTypes: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/**
 * The file name of an article's `position`-th image (1-based), beside its page:
 * `<slug>-<position>.<ext>`. Undefined for a type the site does not publish. The name
 * the image was uploaded under is never used: it is untrusted and says nothing to readers.
 */
export function imageFileName(
  slug: string,
  position: number,
  mimeType: string,
): string | undefined {
  const extension = publishableImageTypes[mimeType.toLowerCase()];
  return extension ? `${slug}-${position}.${extension}` : undefined;
}
