import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** URL schemes a link in an article may use; anything else is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/**
 * The one Tiptap extension list behind the article body. The editor, the importers,
 * the API validator and the exporters all build their schema from it, so a document
 * that one of them accepts is a document all of them understand.
 */
export function createDocumentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
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
  ];
}

/** True when `url` is an absolute http(s) or mailto URL. */
export function isAllowedLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!match?.[1]) return false;
  return (allowedLinkProtocols as readonly string[]).includes(match[1].toLowerCase());
}
