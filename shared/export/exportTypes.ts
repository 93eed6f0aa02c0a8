import type { ArticleLanguage } from '../article/articleSchema';
import type { TiptapNode } from '../editor/tiptapJson';

/** Where the exported site lives and what it is called. */
export interface SiteConfig {
  /** Absolute http(s) URL of the site root, e.g. `https://news.example` (no trailing slash). */
  baseUrl: string;
  siteName?: string;
  /** Language of the site-wide pages (the index); articles keep their own. Default `ru`. */
  language?: ArticleLanguage;
}

/** A library image an article body shows in a figure. */
export interface ExportImage {
  /** Lowercase hex sha256 of the bytes, as in the figure node. */
  imageId: string;
  /** The name the image was uploaded under; never used for output paths. */
  fileName: string;
  mimeType: string;
  width?: number;
  height?: number;
}

/** A "related news" entry: a headline, and the page it links to when known. */
export interface RelatedHeadline {
  headline: string;
  url?: string;
}

/**
 * A note the desk adds when it republishes a published article with a change: printed at the
 * end of the page, in the ninjs document and as schema.org `correction`.
 */
export interface ArticleCorrection {
  /** When the correction was made, epoch milliseconds. */
  at: number;
  text: string;
}

/**
 * The public part of an article: everything the exporters may read. Notes, revisions,
 * workflow status and quote annotations have no field here on purpose — a renderer that
 * cannot see them cannot leak them.
 */
export interface ExportArticle {
  id: string;
  headline: string;
  lede: string;
  rubric: string;
  tags: string[];
  bylines: string[];
  slug: string;
  language: ArticleLanguage;
  body: TiptapNode;
  createdAt: number;
  updatedAt: number;
  /** Null until published; the export engine fills in its publish time before rendering. */
  publishedAt: number | null;
  version: number;
  related: RelatedHeadline[];
  /** Images available to the body's figures; a figure whose image is missing is left out. */
  images: ExportImage[];
  /** People quoted in the article (from the fact-check annotations), for ninjs `people`. */
  speakers: string[];
  /** Corrections made since publication, oldest first. */
  corrections: ArticleCorrection[];
}

/** Typesetting of plain text (quotes, dashes, no-break spaces) for one language. */
export type Typography = (text: string, language: ArticleLanguage) => string;

/** A body rendered to an HTML fragment, with the numbers ninjs wants. */
export interface RenderedDocument {
  html: string;
  /**
   * Characters of the body text with spaces, figure captions excluded, counted by
   * `countText` as the editor's counter counts them (graphemes; line breaks not counted).
   */
  charCount: number;
  /** Words of the body text, figure captions excluded, counted by `countText`. */
  wordCount: number;
  /** The figures that made it into the HTML, in order. */
  figures: RenderedFigure[];
}

/** A figure as rendered: its image file (beside the page) and its words. */
export interface RenderedFigure {
  imageId: string;
  fileName: string;
  mimeType: string;
  width?: number;
  height?: number;
  alt: string;
  caption: string;
  credit: string;
}

/** Options shared by the article renderers. */
export interface ArticleRenderOptions {
  /** Typesetting of visible text; `applyTypography` when not given. */
  typography?: Typography;
  /**
   * The body already rendered by {@link renderDocumentHtml} with the same article and
   * typography; the export engine renders it once for both the page and the ninjs body.
   */
  body?: RenderedDocument;
}

/** One line of the site index. */
export interface SiteIndexEntry {
  id: string;
  headline: string;
  rubric: string;
  language: ArticleLanguage;
  /** Site-relative folder of the article, e.g. `obshchestvo/some-slug/`. */
  path: string;
  /** ISO 8601 date-time the article was published. */
  datePublished: string;
}
