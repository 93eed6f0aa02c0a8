const sha256Pattern = /^[0-9a-f]{64}$/;
const directoryPattern = /^[a-z0-9-]+\/[a-z0-9-]+\/$/;
const filePathPattern = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+\.[a-z0-9]+$/;

/** A file of an exported article, with the hash incremental exports compare. */
export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

/** One exported article in `manifest.json`: where it is and what its files hold. */
export interface ManifestArticle {
  id: string;
  slug: string;
  rubricSlug: string;
  headline: string;
  rubric: string;
  language: 'ru' | 'en';
  datePublished: string;
  url: string;
  path: string;
  html: string;
  json: string;
  files: ManifestFile[];
  contentHash: string;
  /** Hash of the inputs the files were made from; unchanged inputs skip rendering. */
  inputHash?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(record: Record<string, unknown>, key: string, pattern?: RegExp): string | undefined {
  const value = record[key];
  return typeof value === 'string' && (!pattern || pattern.test(value)) ? value : undefined;
}

function readManifestFile(raw: unknown): ManifestFile | undefined {
  if (!isRecord(raw)) return undefined;
  const path = text(raw, 'path', filePathPattern);
  const sha256 = text(raw, 'sha256', sha256Pattern);
  const size = raw['size'];
  if (path === undefined || sha256 === undefined) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  return { path, sha256, size };
}

// Checked by hand rather than by a schema: a manifest holds an entry per exported article,
// and a re-export of 100,000 unchanged articles reads it all. Unknown keys are dropped and
// the known ones come out in this order, so the manifest is written back the same way.
function readManifestArticle(raw: unknown): ManifestArticle | undefined {
  if (!isRecord(raw)) return undefined;
  const strings = ['id', 'slug', 'rubricSlug', 'headline', 'rubric', 'datePublished', 'url'];
  const values = strings.map((key) => text(raw, key));
  const [id, slug, rubricSlug, headline, rubric, datePublished, url] = values;
  const language = raw['language'];
  const path = text(raw, 'path', directoryPattern);
  const html = text(raw, 'html', filePathPattern);
  const json = text(raw, 'json', filePathPattern);
  const contentHash = text(raw, 'contentHash', sha256Pattern);
  const inputHash = raw['inputHash'];
  const filesRaw = raw['files'];
  if (
    id === undefined ||
    id.length === 0 ||
    slug === undefined ||
    rubricSlug === undefined ||
    headline === undefined ||
    rubric === undefined ||
    datePublished === undefined ||
    url === undefined ||
    (language !== 'ru' && language !== 'en') ||
    path === undefined ||
    html === undefined ||
    json === undefined ||
    contentHash === undefined ||
    !Array.isArray(filesRaw) ||
    (inputHash !== undefined && (typeof inputHash !== 'string' || !sha256Pattern.test(inputHash)))
  ) {
    return undefined;
  }
  const files: ManifestFile[] = [];
  for (const file of filesRaw) {
    const parsed = readManifestFile(file);
    if (!parsed) return undefined;
    files.push(parsed);
  }
  const entry: ManifestArticle = {
    id,
    slug,
    rubricSlug,
    headline,
    rubric,
    language,
    datePublished,
    url,
    path,
    html,
    json,
    files,
    contentHash,
  };
  if (inputHash !== undefined) entry.inputHash = inputHash;
  return entry;
}

/** `manifest.json`: every exported article. No export time in it, so it is deterministic too. */
export interface ExportManifest {
  format: 'galley-site-export';
  version: 1;
  baseUrl: string;
  articles: ManifestArticle[];
  /** Entries of the file that were not plain export entries and were left out. */
  dropped: number;
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
    dropped: 0,
  };
  if (text === undefined) return manifest;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return manifest;
  }
  const baseUrl = (raw as { baseUrl?: unknown } | null)?.baseUrl;
  if (typeof baseUrl === 'string') manifest.baseUrl = baseUrl;
  const articles = (raw as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return manifest;
  for (const raw of articles) {
    const entry = readManifestArticle(raw);
    if (entry?.files.every((file) => file.path.startsWith(entry.path))) {
      manifest.articles.push(entry);
    } else manifest.dropped += 1;
  }
  return manifest;
}

/** The manifest as written: articles in id order, two-space JSON, final newline. */
export function serializeExportManifest(manifest: Omit<ExportManifest, 'dropped'>): string {
  const articles = [...manifest.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { format, version, baseUrl } = manifest;
  return `${JSON.stringify({ format, version, baseUrl, articles }, null, 2)}\n`;
}

/** One article's entry as {@link serializeExportManifest} writes it in the articles array. */
export function serializeManifestEntry(entry: ManifestArticle): string {
  // JSON strings hold no raw line breaks, so every line break is the layout's own.
  return `    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
}
