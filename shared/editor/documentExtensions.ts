import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure, type FigureOptions } from './extensions/Figure';
import { CommentAnchor } from './extensions/CommentAnchor';
import { QuoteAnchor } from './extensions/QuoteAnchor';
import { Subscript } from './extensions/Subscript';
import { Superscript } from './extensions/Superscript';

// Re-exported so that every user of this module also loads the `@tiptap/core` command
// declarations of these marks (`editor.commands.toggleSuperscript()` and so on), even
// through the emitted `.d.ts`, where a value-only import would be dropped.
export type { SubscriptOptions } from './extensions/Subscript';
export type { SuperscriptOptions } from './extensions/Superscript';
export type { FigureAttributes, FigureOptions } from './extensions/Figure';

/** URL schemes a link in an article may use; anything else is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/** Heading levels an article body may use: h1 is the headline, deeper levels are noise. */
export const allowedHeadingLevels = [2, 3, 4] as const;

/** Per-runtime settings of the extension list; none of them changes the schema. */
export interface DocumentExtensionOptions {
  /** The `src` of a library image in rendered HTML (default `images/<imageId>`). */
  imageUrl?: FigureOptions['imageUrl'];
  /**
   * The body is a Yjs fragment (the desk): Yjs keeps the undo history, per person, instead of
   * ProseMirror's, which would undo other people's changes too.
   */
  collaborative?: boolean;
}

/**
 * The one Tiptap extension list behind the article body: the editor runs it, and
 * `getDocumentSchema()` builds the schema the API validator and the importers check
 * against from it. The HTML importer and the exporter walk JSON with tables keyed by
 * the schema's names (`documentNames.ts`), so a new extension is a compile error there
 * until both say how to read and write it.
 */
export function createDocumentExtensions(options: DocumentExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...allowedHeadingLevels] },
      ...(options.collaborative ? { undoRedo: false as const } : {}),
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: [...allowedLinkProtocols],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkUrl(url),
      },
    }),
    Superscript,
    Subscript,
    options.imageUrl ? Figure.configure({ imageUrl: options.imageUrl }) : Figure,
    QuoteAnchor,
    CommentAnchor,
  ];
}

/** True when `url` is an absolute http(s) or mailto URL. */
export function isAllowedLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!match?.[1]) return false;
  return (allowedLinkProtocols as readonly string[]).includes(match[1].toLowerCase());
}
