import { isNormalizedNode } from '../../../shared/editor/isNormalizedNode';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import type { ExportArticle, ExportImage } from '../../../shared/export/exportTypes';
import { bodyInSchemaOrder } from './bodyInSchemaOrder';

/** What the library lists of an image a figure shows, or null when it holds no such image. */
export type FigureImage = { fileName: string; mimeType: string } | null;

/**
 * The body stored as `json`, parsed and put in the schema's order, when it is provably what
 * the article schema would make of it (`isNormalizedNode`); undefined means "not proven": the
 * article then goes through the checked path, which reports what is wrong.
 */
export function vouchedBody(json: string): TiptapNode | undefined {
  try {
    const stored: unknown = JSON.parse(json);
    return isNormalizedNode(stored) ? bodyInSchemaOrder(stored) : undefined;
  } catch {
    // Not JSON, or nested past the stack: the checked path says what is wrong.
    return undefined;
  }
}

// A figure's image id as `JSON.stringify` writes it. A quote inside a string is escaped, so
// this matches only a key (of any node); an id spelled with escapes is not matched, and
// `vouchedArticle` then finds a figure whose image was not looked up.
const imageIdKey = /"imageId":"([0-9a-f]{64})"/g;

/**
 * The image ids a body's JSON may show in figures, each once, found without parsing it: a
 * superset of what `collectFigureImageIds` finds in its parse, unless the JSON spells a key
 * or an id with escapes.
 */
export function figureImageCandidates(json: string): string[] {
  if (!json.includes('"imageId"')) return [];
  const ids = new Set<string>();
  for (const match of json.matchAll(imageIdKey)) ids.add(match[1]!);
  return [...ids];
}

/**
 * `article` with its body read from `json` and the images its figures show, or undefined when
 * the body is not vouched for (see {@link vouchedBody}) or shows an image `imageOf` does not
 * know (undefined: not looked up). `article` holds stand-ins for `body` and `images`, so the
 * keys stay in its order: the export hashes the article's JSON. The page reader does this on
 * the main thread when it needs the body there, a render thread when it gets the JSON instead
 * (the same check, so the same refusals and the same article).
 */
export function vouchedArticle(
  article: ExportArticle,
  json: string,
  imageOf: (imageId: string) => FigureImage | undefined,
): ExportArticle | undefined {
  const body = vouchedBody(json);
  if (!body) return undefined;
  const images: ExportImage[] = [];
  for (const imageId of collectFigureImageIds(body)) {
    const image = imageOf(imageId);
    if (image === undefined) return undefined;
    if (image) images.push({ imageId, fileName: image.fileName, mimeType: image.mimeType });
  }
  return { ...article, body, images };
}
