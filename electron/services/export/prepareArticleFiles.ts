import { hash } from 'node:crypto';
import { articleLocation } from '../../../shared/export/articleLocation';
import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import type {
  ExportArticle,
  ExportImage,
  SiteConfig,
  Typography,
} from '../../../shared/export/exportTypes';
import { renderArticleBody } from '../../../shared/export/renderArticleBody';
import { renderArticleHtml } from '../../../shared/export/renderArticleHtml';
import { renderArticleNinjs } from '../../../shared/export/renderArticleNinjs';
import type { TextCounts } from '../../../shared/text/countText';
import { applyTypography } from '../../../shared/typography/applyTypography';
import type { ManifestArticle } from './exportManifest';
import { sniffImageType } from './sniffImageType';

/** An image as the library hands it over. */
export interface SourceImage {
  bytes: Uint8Array;
  mimeType: string;
}

/** A file of an article, rendered in memory: site-relative path, bytes and their hash. */
export interface PreparedFile {
  path: string;
  data: Uint8Array;
  sha256: string;
}

/** Everything one article puts in the output folder, and its manifest entry. */
export interface PreparedArticle {
  entry: ManifestArticle;
  files: PreparedFile[];
}

/** What rendering an article needs besides the article. */
export interface PrepareContext {
  site: SiteConfig;
  siteHost: string;
  /** Typesetting of visible text; `applyTypography` when not given. */
  typography?: Typography | undefined;
  /** Counts the body's text; `countText` when not given. */
  count?: ((text: string, language: ExportArticle['language']) => TextCounts) | undefined;
  readImage: (imageId: string) => SourceImage | undefined;
  /**
   * Encodes a page or ninjs document as UTF-8; `Buffer.from` when not given. A render thread
   * passes one that writes into memory it reuses for every article (see `utf8Arena`).
   */
  encode?: ((text: string) => Uint8Array) | undefined;
}

function encodeUtf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

// One-shot: the same digest as a Hash object, with less work per small file.
function sha256(data: Uint8Array | string): string {
  return hash('sha256', data, 'hex');
}

function prepared(path: string, data: Uint8Array): PreparedFile {
  return { path, data, sha256: sha256(data) };
}

// Only the images the body shows, in reading order, typed by their bytes: a figure whose
// image is missing or is not a publishable raster image stops the article with a reason.
function resolveImages(
  article: ExportArticle,
  readImage: PrepareContext['readImage'],
): { images: ExportImage[]; bytes: Map<string, Uint8Array> } {
  const images: ExportImage[] = [];
  const bytes = new Map<string, Uint8Array>();
  for (const imageId of collectFigureImageIds(article.body)) {
    const image = readImage(imageId);
    if (!image) throw new Error(`image ${imageId} shown in a figure is not in the library`);
    const mimeType = sniffImageType(image.bytes);
    if (!mimeType) {
      throw new Error(`image ${imageId} is not a JPEG, PNG, GIF, WebP or AVIF image`);
    }
    const known = article.images.find((candidate) => candidate.imageId === imageId);
    const resolved: ExportImage = { imageId, fileName: known?.fileName ?? '', mimeType };
    if (known?.width !== undefined) resolved.width = known.width;
    if (known?.height !== undefined) resolved.height = known.height;
    images.push(resolved);
    bytes.set(imageId, image.bytes);
  }
  return { images, bytes };
}

// The page and the ninjs document both typeset the headline, lede and related headlines;
// typesetting is the dearest step of an export, so each string is typeset once. (The body is
// rendered once for both, so its paragraphs skip this: looking a paragraph up by its text
// costs a hash of the whole text and keeps it, for nothing.)
function typesetOnce(typography: Typography): Typography {
  // By language, then by the text itself: a key joined from the two would copy every
  // paragraph into a new string just to look it up.
  const done = new Map<string, Map<string, string>>();
  return (text, language) => {
    let byText = done.get(language);
    if (!byText) done.set(language, (byText = new Map<string, string>()));
    let result = byText.get(text);
    if (result === undefined) {
      result = typography(text, language);
      byText.set(text, result);
    }
    return result;
  };
}

/**
 * Renders one public article (publication time already settled) into its page, its
 * ninjs document and its images, hashed, ready to compare with the previous export.
 * The body is rendered once and shared by both formats.
 */
export function prepareArticleFiles(
  article: ExportArticle,
  context: PrepareContext,
): PreparedArticle {
  const { images, bytes } = resolveImages(article, context.readImage);
  const resolved: ExportArticle = { ...article, images };
  const location = articleLocation(resolved);
  const typeset = context.typography ?? applyTypography;
  const body = renderArticleBody(resolved, context.siteHost, typeset, context.count);
  const typography = typesetOnce(typeset);
  const options = { typography, body };
  const html = renderArticleHtml(resolved, context.site, options);
  const ninjs = renderArticleNinjs(resolved, context.site, options);
  const encode = context.encode ?? encodeUtf8;
  const files: PreparedFile[] = [
    prepared(`${location.path}index.html`, encode(html)),
    prepared(`${location.path}index.json`, encode(`${JSON.stringify(ninjs, null, 2)}\n`)),
  ];
  const copied = new Set<string>();
  for (const figure of body.figures) {
    const data = bytes.get(figure.imageId);
    if (data && !copied.has(figure.fileName)) {
      copied.add(figure.fileName);
      files.push(prepared(`${location.path}${figure.fileName}`, data));
    }
  }
  const entry: ManifestArticle = {
    id: article.id,
    slug: location.slug,
    rubricSlug: location.rubricSlug,
    headline: ninjs.headlines[0]?.value ?? '',
    rubric: article.rubric.trim(),
    language: ninjs.language,
    // The ninjs document's publication time, formatted once (the same article's dates).
    datePublished: ninjs.firstcreated,
    url: ninjs.uri,
    path: location.path,
    html: `${location.path}index.html`,
    json: `${location.path}index.json`,
    files: files.map(({ path, data, sha256: hash }) => ({ path, sha256: hash, size: data.length })),
    contentHash: sha256(files.map((file) => `${file.path}\0${file.sha256}`).join('\n')),
  };
  return { entry, files };
}
