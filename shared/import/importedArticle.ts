import type { ArticleLanguage } from '../article/articleSchema';
import type { TiptapNode } from '../editor/tiptapJson';

/** An image carried inside an imported file, to be stored in the library by its hash. */
export interface ImportedImage {
  /** Lowercase hex sha256 of `bytes`: the id a `figure` node refers to. */
  imageId: string;
  /** One of image/png, image/jpeg, image/gif, image/webp (checked against the bytes). */
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * What every importer produces: the article fields it could recognise and a body that
 * fits the article document schema. Nothing here is stored yet; the caller decides.
 */
export interface ImportedArticle {
  headline: string;
  lede: string;
  rubric: string;
  language: ArticleLanguage;
  body: TiptapNode;
  relatedHeadlines: string[];
  tags: string[];
  bylines: string[];
  /** The images the body's figures refer to, each once. */
  images: ImportedImage[];
  /** True when no style marked the headline and a short first paragraph was taken for it. */
  isHeadlineGuessed?: boolean;
}
