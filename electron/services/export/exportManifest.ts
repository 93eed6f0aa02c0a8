import { z } from 'zod';

const sha256Pattern = /^[0-9a-f]{64}$/;
const directoryPattern = /^[a-z0-9-]+\/[a-z0-9-]+\/$/;
const filePathPattern = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+\.[a-z0-9]+$/;

const manifestFileSchema = z.object({
  path: z.string().regex(filePathPattern),
  sha256: z.string().regex(sha256Pattern),
  size: z.number().int().nonnegative(),
});

const manifestArticleSchema = z.object({
  id: z.string().min(1),
  slug: z.string(),
  rubricSlug: z.string(),
  headline: z.string(),
  rubric: z.string(),
  language: z.enum(['ru', 'en']),
  datePublished: z.string(),
  url: z.string(),
  path: z.string().regex(directoryPattern),
  html: z.string().regex(filePathPattern),
  json: z.string().regex(filePathPattern),
  files: z.array(manifestFileSchema),
  contentHash: z.string().regex(sha256Pattern),
  /** Hash of the inputs the files were made from; unchanged inputs skip rendering. */
  inputHash: z.string().regex(sha256Pattern).optional(),
});

/** One exported article in `manifest.json`: where it is and what its files hold. */
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

/** A file of an exported article, with the hash incremental exports compare. */
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** `manifest.json`: every exported article. No export time in it, so it is deterministic too. */
export interface ExportManifest {
  format: 'galley-site-export';
  version: 1;
  baseUrl: string;
  articles: ManifestArticle[];
}

/** Name of the manifest in the output folder; written last. */
export const manifestFileName = 'manifest.json';

/**
 * The previous export's manifest, or an empty one when there is none or it cannot be
 * read. Entries whose paths are not plain export paths are dropped: a tampered manifest
 * must not be able to make the next export delete files outside the articles' folders.
 */
export function parseExportManifest(text: string | undefined): ExportManifest {
  const manifest: ExportManifest = {
    format: 'galley-site-export',
    version: 1,
    baseUrl: '',
    articles: [],
  };
  if (text === undefined) return manifest;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return manifest;
  }
  const articles = (raw as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return manifest;
  for (const entry of articles) {
    const parsed = manifestArticleSchema.safeParse(entry);
    if (
      parsed.success &&
      parsed.data.files.every((file) => file.path.startsWith(parsed.data.path))
    ) {
      manifest.articles.push(parsed.data);
    }
  }
  return manifest;
}

/** The manifest as written: articles in id order, two-space JSON, final newline. */
export function serializeExportManifest(manifest: ExportManifest): string {
  const articles = [...manifest.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ ...manifest, articles }, null, 2)}\n`;
}
