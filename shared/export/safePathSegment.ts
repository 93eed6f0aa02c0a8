import { slugify } from '../article/slugify';

// Names Windows reserves for devices in every folder: a file called `con` cannot be made.
const reservedNamePattern = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

// Segments made lately, by text; emptied when full, so memory stays bounded.
const recent = new Map<string, string>();
const recentLimit = 1024;

/**
 * One folder or file-name part of an export path, made of `[a-z0-9-]` only: the text is
 * NFKC-normalised and transliterated by {@link slugify} (so `．．／` is just `../`, which
 * has no letters and disappears), capped at 80 characters, and never a Windows device name.
 * Returns `fallback` when nothing usable is left. No result can be `.`, `..` or contain a
 * separator, whatever the input.
 */
export function safePathSegment(text: string, fallback: string): string {
  // Rubrics and tags come back article after article and transliterating them is most of a
  // segment's cost, so recent answers are kept (the result depends on the text alone).
  let segment = recent.get(text);
  if (segment === undefined) {
    if (recent.size >= recentLimit) recent.clear();
    segment = slugify(text);
    if (segment.length > 0 && reservedNamePattern.test(segment)) segment = `${segment}-x`;
    recent.set(text, segment);
  }
  return segment.length === 0 ? fallback : segment;
}
