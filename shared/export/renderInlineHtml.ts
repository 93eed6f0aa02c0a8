import type { ArticleLanguage } from '../article/articleSchema';
import { isDocumentMarkName, type DocumentMarkName } from '../editor/documentNames';
import type { TiptapMark, TiptapNode } from '../editor/tiptapJson';
import { escapeHtml } from './escapeHtml';
import type { Typography } from './exportTypes';
import { findInlineQuotations } from './findInlineQuotations';
import { sanitizeUrl } from './sanitizeUrl';
import { typesetSegments } from './typesetSegments';

/** How inline content is rendered: language, typesetting, which host counts as ours. */
export interface InlineRenderContext {
  language: ArticleLanguage;
  typography?: Typography | undefined;
  /** Lower-case host of the site; links elsewhere get `rel="noopener noreferrer"`. */
  siteHost?: string | undefined;
  /** Wrap detected inline quotations in `<q>` (paragraphs and list items, not headings). */
  marksQuotations: boolean;
}

/** The HTML of a run of inline nodes, and the plain text it shows. */
export interface RenderedInline {
  html: string;
  /** The text as published: typeset. */
  text: string;
  /** The text as written, before typesetting: what the editor counts. */
  sourceText: string;
}

interface InlineMark {
  /** Two marks with the same key are the same element: it stays open across text nodes. */
  key: string;
  open: string;
  close: string;
}

interface Piece {
  text: string;
  marks: InlineMark[];
  isBreak: boolean;
}

/** How a mark is published: its nesting rank (outermost first) and its element. */
interface MarkRenderer {
  rank: number;
  render: (
    attrs: Record<string, unknown> | undefined,
    siteHost: string | undefined,
  ) => InlineMark | undefined;
}

function element(rank: number, tag: string): MarkRenderer {
  const mark: InlineMark = { key: tag, open: `<${tag}>`, close: `</${tag}>` };
  return { rank, render: () => mark };
}

/**
 * How each mark of the schema is published, ranked so nesting is the same wherever a mark
 * starts (<a><strong><em>…). Keyed by the schema's mark names, so a mark added to the schema
 * does not compile until it has a case here; `null` is a mark kept out of published output.
 */
const markRenderers: Record<DocumentMarkName, MarkRenderer | null> = {
  link: { rank: 1, render: (attrs, siteHost) => linkMark(attrs, siteHost) },
  bold: element(2, 'strong'),
  italic: element(3, 'em'),
  underline: element(4, 'u'),
  strike: element(5, 's'),
  superscript: element(6, 'sup'),
  subscript: element(7, 'sub'),
  // Where a fact-check annotation sits: the desk's business, not the reader's.
  quoteAnchor: null,
  // Where a comment thread sits: private to the desk, never published.
  commentAnchor: null,
};
const keptRelTokens = ['nofollow', 'ugc', 'sponsored'];
const maxInlineDepth = 32;

function hostOf(url: string): string {
  const start = url.indexOf('//') + 2;
  let end = start;
  while (end < url.length && !'/?#'.includes(url[end] ?? '/')) end += 1;
  const authority = url.slice(start, end).toLowerCase();
  return authority.startsWith('[') ? authority : (authority.split(':')[0] ?? '');
}

function linkMark(
  attrs: Record<string, unknown> | undefined,
  siteHost: string | undefined,
): InlineMark | undefined {
  const rawHref = attrs?.['href'];
  const href = typeof rawHref === 'string' ? sanitizeUrl(rawHref) : undefined;
  if (!href) return undefined;
  const isWeb = !href.startsWith('mailto:');
  const isExternal = isWeb && hostOf(href) !== siteHost;
  const opensNewTab = isWeb && attrs?.['target'] === '_blank';
  const inputRel =
    typeof attrs?.['rel'] === 'string' ? attrs['rel'].toLowerCase().split(/\s+/) : [];
  const rel = [
    ...(isExternal || opensNewTab ? ['noopener', 'noreferrer'] : []),
    ...keptRelTokens.filter((token) => inputRel.includes(token)),
  ];
  const relAttribute = rel.length > 0 ? ` rel="${rel.join(' ')}"` : '';
  const targetAttribute = opensNewTab ? ' target="_blank"' : '';
  const open = `<a href="${escapeHtml(href)}"${relAttribute}${targetAttribute}>`;
  return { key: open, open, close: '</a>' };
}

// Unknown marks are dropped (their text stays); of two marks of one type the first wins.
function toInlineMarks(
  marks: TiptapMark[] | undefined,
  siteHost: string | undefined,
): InlineMark[] {
  if (!Array.isArray(marks) || marks.length === 0) return [];
  const byRank: Array<InlineMark | undefined> = [];
  for (const mark of marks as unknown[]) {
    if (!isObject(mark) || !isDocumentMarkName(mark.type)) continue;
    const renderer = markRenderers[mark.type];
    if (renderer) byRank[renderer.rank] ??= renderer.render(mark.attrs, siteHost);
  }
  return byRank.filter((mark): mark is InlineMark => mark !== undefined);
}

function collectPieces(
  nodes: unknown,
  pieces: Piece[],
  siteHost: string | undefined,
  depth: number,
): void {
  if (!Array.isArray(nodes) || depth > maxInlineDepth) return;
  for (const node of nodes as unknown[]) {
    if (!isObject(node)) continue;
    if (node.type === 'text') {
      if (typeof node.text === 'string' && node.text.length > 0) {
        pieces.push({
          text: node.text,
          marks: toInlineMarks(node.marks, siteHost),
          isBreak: false,
        });
      }
    } else if (node.type === 'hardBreak') {
      pieces.push({ text: '\n', marks: [], isBreak: true });
    } else if (node.type !== 'figure') {
      // Unknown or misplaced nodes give up their markup, not their words.
      collectPieces(node.content, pieces, siteHost, depth + 1);
    }
  }
}

function isObject(value: unknown): value is TiptapNode & TiptapMark {
  return typeof value === 'object' && value !== null;
}

function quotationMark(index: number): InlineMark {
  return { key: `q${index}`, open: '<q>', close: '</q>' };
}

function renderPieces(pieces: readonly Piece[], text: string, marksQuotations: boolean): string {
  const quotations = marksQuotations ? findInlineQuotations(text) : [];
  const cuts = quotations.flatMap(({ open, close }) => [open, open + 1, close, close + 1]);
  let html = '';
  let openMarks: InlineMark[] = [];
  let cutIndex = 0;
  let quoteIndex = 0;
  let offset = 0;
  for (const piece of pieces) {
    const end = offset + piece.text.length;
    let start = offset;
    while (start < end) {
      while (cutIndex < cuts.length && (cuts[cutIndex] ?? 0) <= start) cutIndex += 1;
      const runEnd = Math.min(end, cuts[cutIndex] ?? end);
      while (quoteIndex < quotations.length && (quotations[quoteIndex]?.close ?? 0) < start) {
        quoteIndex += 1;
      }
      const quotation = quotations[quoteIndex];
      const isMark =
        quotation !== undefined && (start === quotation.open || start === quotation.close);
      if (!isMark) {
        const isQuoted =
          quotation !== undefined && start > quotation.open && runEnd <= quotation.close;
        const marks = isQuoted ? [quotationMark(quoteIndex), ...piece.marks] : piece.marks;
        let shared = 0;
        while (
          shared < openMarks.length &&
          shared < marks.length &&
          openMarks[shared]?.key === marks[shared]?.key
        ) {
          shared += 1;
        }
        for (let index = openMarks.length - 1; index >= shared; index -= 1)
          html += openMarks[index]?.close ?? '';
        for (let index = shared; index < marks.length; index += 1) html += marks[index]?.open ?? '';
        openMarks = marks;
        html += piece.isBreak ? '<br>' : escapeHtml(text.slice(start, runEnd));
      }
      start = runEnd;
    }
    offset = end;
  }
  for (let index = openMarks.length - 1; index >= 0; index -= 1)
    html += openMarks[index]?.close ?? '';
  return html;
}

/**
 * Renders the inline content of one text block. Typography sees the whole block at once,
 * then inline quotations become `<q>` elements whose own quotation marks are left out: the
 * stylesheet's `quotes` draws them per language, as the HTML standard asks of `q`.
 * Only known marks become elements, and only with attributes built here.
 */
export function renderInlineHtml(nodes: unknown, context: InlineRenderContext): RenderedInline {
  const pieces: Piece[] = [];
  collectPieces(nodes, pieces, context.siteHost, 0);
  if (pieces.length === 0) return { html: '', text: '', sourceText: '' };
  const sourceText = pieces.map((piece) => piece.text).join('');
  const typeset = typesetSegments(
    pieces.map((piece) => piece.text),
    context.language,
    context.typography,
  );
  pieces.forEach((piece, index) => {
    if (!piece.isBreak) piece.text = typeset[index] ?? piece.text;
  });
  const text = pieces.map((piece) => piece.text).join('');
  return { html: renderPieces(pieces, text, context.marksQuotations), text, sourceText };
}
