import type { TiptapNode } from '../editor/tiptapJson';
import type { ArticleCorrection, ExportArticle, ExportImage, RelatedHeadline } from './exportTypes';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function texts(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function time(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
}

function optionalSize(value: unknown): { value: number } | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? { value } : undefined;
}

function objects(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
      )
    : [];
}

function relatedOf(value: Record<string, unknown>): RelatedHeadline {
  const url = value['url'];
  return typeof url === 'string'
    ? { headline: text(value['headline']), url }
    : { headline: text(value['headline']) };
}

function imageOf(value: Record<string, unknown>): ExportImage {
  const image: ExportImage = {
    imageId: text(value['imageId']),
    fileName: text(value['fileName']),
    mimeType: text(value['mimeType']),
  };
  const width = optionalSize(value['width']);
  const height = optionalSize(value['height']);
  if (width) image.width = width.value;
  if (height) image.height = height.value;
  return image;
}

function correctionOf(value: Record<string, unknown>): ArticleCorrection {
  return { at: time(value['at']), text: text(value['text']) };
}

/**
 * A fresh object holding only the public fields of an article, each of the right type.
 * Whatever else a source object carries (fact-check notes, revisions, drafts, workflow
 * status) is not copied, so nothing downstream can print it by accident.
 */
export function pickPublicArticle(source: ExportArticle): ExportArticle {
  const raw = source as unknown as Record<string, unknown>;
  const body = raw['body'];
  const version = raw['version'];
  const publishedAt = raw['publishedAt'];
  return {
    id: text(raw['id']),
    headline: text(raw['headline']),
    lede: text(raw['lede']),
    rubric: text(raw['rubric']),
    tags: texts(raw['tags']),
    bylines: texts(raw['bylines']),
    slug: text(raw['slug']),
    language: raw['language'] === 'en' ? 'en' : 'ru',
    body: typeof body === 'object' && body !== null ? (body as TiptapNode) : { type: 'doc' },
    createdAt: time(raw['createdAt']),
    updatedAt: time(raw['updatedAt']),
    publishedAt:
      typeof publishedAt === 'number' && Number.isFinite(publishedAt)
        ? Math.trunc(publishedAt)
        : null,
    version: typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 1,
    related: objects(raw['related']).map(relatedOf),
    images: objects(raw['images']).map(imageOf),
    speakers: texts(raw['speakers']),
    corrections: objects(raw['corrections']).map(correctionOf),
  };
}
