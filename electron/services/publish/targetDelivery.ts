import type { Article } from '../../../shared/article/articleSchema';
import type {
  ArticleCorrection,
  ExportArticle,
  RenderedFigure,
} from '../../../shared/export/exportTypes';
import type { PreparedFile } from '../export/prepareArticleFiles';

/** What the site last said about an article: its id there and its public address. */
export interface RemoteArticle {
  remoteId: string;
  url: string;
}

/**
 * One article ready to leave the library: rendered by the export's own renderer (so the site
 * shows what the folder export shows), with what the target said about it and about the
 * articles it links to last time. Built by the outbox worker; a target only sends it.
 */
export interface DeliveryItem {
  article: Article;
  /** The rendered files of the folder export: the page, the ninjs document and the images. */
  files: readonly PreparedFile[];
  /** The ninjs 2.2 document as sent (the same as the `index.json` file). */
  ninjs: Record<string, unknown>;
  /** The body alone as HTML (no page chrome), quotes as `<q>`: what a CMS post holds. */
  bodyHtml: string;
  /** The headline and lede as the page prints them (typeset), as plain text. */
  title: string;
  summary: string;
  /** The body's figures in order, each with its image file among `files` (same file name). */
  figures: readonly RenderedFigure[];
  /** The article as the export renders it (its public fields only), for a folder target. */
  exportArticle: ExportArticle;
  /** The public address of the site the article's canonical URL is built on. */
  siteUrl: string;
  /** `articleId:version`: the same article version is never delivered twice. */
  idempotencyKey: string;
  correction?: ArticleCorrection | undefined;
  /** Set when this target delivered the article before: update it, never create a second. */
  remote?: RemoteArticle | undefined;
  /** The target's ids and addresses of related articles it already holds, by article id. */
  relatedRemote: ReadonlyMap<string, RemoteArticle>;
}

/**
 * How one attempt ended. `retry` is temporary (network, timeout, 5xx, 408, 429): the outbox
 * tries again with back-off, honouring `retryAfterMs`. `refused` is permanent (other 4xx): the
 * item stops with the site's message.
 */
export type DeliveryOutcome =
  | { kind: 'delivered'; remote: RemoteArticle }
  | { kind: 'retry'; reason: string; retryAfterMs?: number | undefined }
  | { kind: 'refused'; reason: string };

/** A place articles are published to: a WordPress site, an HTTP receiver, a folder. */
export interface TargetDelivery {
  deliver(item: DeliveryItem, signal: AbortSignal): Promise<DeliveryOutcome>;
  /** Takes a delivered article down (WordPress: draft or trash; HTTP push: a canceled item). */
  takedown(item: DeliveryItem, signal: AbortSignal): Promise<DeliveryOutcome>;
  /** Checks address and credentials without publishing anything. */
  test(signal: AbortSignal): Promise<{ ok: true } | { ok: false; reason: string }>;
}
