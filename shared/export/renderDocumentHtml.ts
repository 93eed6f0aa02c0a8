import type { ArticleLanguage } from '../article/articleSchema';
import { isDocumentNodeName, type DocumentNodeName } from '../editor/documentNames';
import { isImageId } from '../editor/extensions/Figure';
import { isInlineNode } from '../editor/isInlineNode';
import type { TiptapNode } from '../editor/tiptapJson';
import { countText, type TextCounts } from '../text/countText';
import { escapeHtml } from './escapeHtml';
import type { RenderedDocument, RenderedFigure, Typography } from './exportTypes';
import { renderInlineHtml } from './renderInlineHtml';
import type { InlineRenderContext } from './renderInlineHtml';

/** A published image as a figure needs it. */
export interface FigureImage {
  fileName: string;
  mimeType: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** What the body walker needs besides the document. */
export interface DocumentRenderContext {
  language: ArticleLanguage;
  typography?: Typography | undefined;
  /** Lower-case host of the site, so links to it are not marked external. */
  siteHost?: string | undefined;
  /** The published image for a figure's image id; a figure without one is left out. */
  image: (imageId: string) => FigureImage | undefined;
  /** Counts the body's text; `countText` when not given (the export keeps its results). */
  count?: ((text: string, language: ArticleLanguage) => TextCounts) | undefined;
}

interface WalkState {
  out: string[];
  /** The source text of every text block, for the counts. */
  texts: string[];
  figures: RenderedFigure[];
  inline: InlineRenderContext;
  headingInline: InlineRenderContext;
  context: DocumentRenderContext;
}

// Deeper than any real article; hostile JSON nested further is cut off, not overflowed.
const maxBlockDepth = 48;
const maxDimension = 100_000;

function childrenOf(node: TiptapNode): TiptapNode[] {
  return Array.isArray(node.content)
    ? node.content.filter((child) => typeof child === 'object' && child !== null)
    : [];
}

function renderTextBlock(
  tag: string,
  nodes: unknown,
  state: WalkState,
  inline: InlineRenderContext,
): void {
  const { html, text, sourceText } = renderInlineHtml(nodes, inline);
  state.texts.push(sourceText);
  if (text.trim().length === 0) return;
  state.out.push(`<${tag}>${html}</${tag}>\n`);
}

function headingTag(level: unknown): string {
  // h1 is the headline's; the schema allows 2–4, anything else is brought into range.
  const number = typeof level === 'number' && Number.isInteger(level) ? level : 2;
  return `h${Math.min(4, Math.max(2, number))}`;
}

function dimension(name: string, value: number | undefined): string {
  return value !== undefined && Number.isInteger(value) && value > 0 && value < maxDimension
    ? ` ${name}="${value}"`
    : '';
}

function attributeText(node: TiptapNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

function renderFigure(node: TiptapNode, state: WalkState): void {
  const imageId = node.attrs?.['imageId'];
  if (!isImageId(imageId)) return;
  const image = state.context.image(imageId);
  if (!image) return;
  const { language, typography } = state.context;
  const typeset = (text: string): string =>
    typography && text ? typography(text, language) : text;
  const figure: RenderedFigure = {
    imageId,
    fileName: image.fileName,
    mimeType: image.mimeType,
    alt: typeset(attributeText(node, 'alt').trim()),
    caption: typeset(attributeText(node, 'caption').trim()),
    credit: typeset(attributeText(node, 'credit').trim()),
  };
  if (image.width !== undefined) figure.width = image.width;
  if (image.height !== undefined) figure.height = image.height;
  // The first image is likely the one a reader sees at once: only the later ones wait.
  const loading = state.figures.length > 0 ? ' loading="lazy"' : '';
  state.figures.push(figure);
  const img =
    `<img src="${escapeHtml(figure.fileName)}" alt="${escapeHtml(figure.alt)}"` +
    `${dimension('width', figure.width)}${dimension('height', figure.height)}${loading} decoding="async">`;
  const credit = figure.credit ? `<span class="credit">${escapeHtml(figure.credit)}</span>` : '';
  const gap = figure.caption && credit ? ' ' : '';
  const caption =
    figure.caption || credit
      ? `\n<figcaption>${escapeHtml(figure.caption)}${gap}${credit}</figcaption>`
      : '';
  state.out.push(`<figure>\n${img}${caption}\n</figure>\n`);
}

function renderListItem(item: TiptapNode, state: WalkState, depth: number): void {
  const children = childrenOf(item);
  const only = children[0];
  if (item.type === 'listItem' && children.length === 1 && only?.type === 'paragraph') {
    const { html, sourceText } = renderInlineHtml(only.content, state.inline);
    state.texts.push(sourceText);
    state.out.push(`<li>${html}</li>\n`);
    return;
  }
  state.out.push('<li>\n');
  if (item.type === 'listItem') renderBlocks(children, state, depth + 1);
  else renderBlock(item, state, depth + 1);
  state.out.push('</li>\n');
}

function renderList(node: TiptapNode, state: WalkState, depth: number): void {
  let tag = 'ul';
  let start = '';
  if (node.type === 'orderedList') {
    tag = 'ol';
    const value = node.attrs?.['start'];
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value !== 1 &&
      Math.abs(value) < 1e9
    ) {
      start = ` start="${value}"`;
    }
  }
  state.out.push(`<${tag}${start}>\n`);
  for (const item of childrenOf(node)) renderListItem(item, state, depth);
  state.out.push(`</${tag}>\n`);
}

type BlockRenderer = (node: TiptapNode, state: WalkState, depth: number) => void;

function renderChildren(node: TiptapNode, state: WalkState, depth: number): void {
  renderBlocks(childrenOf(node), state, depth + 1);
}

/**
 * How each node of the schema is published. Keyed by the schema's node names, so a node
 * added to the schema does not compile until it has a case here.
 */
const blockRenderers: Record<DocumentNodeName, BlockRenderer> = {
  doc: renderChildren,
  paragraph: (node, state) => renderTextBlock('p', node.content, state, state.inline),
  heading: (node, state) =>
    renderTextBlock(headingTag(node.attrs?.['level']), node.content, state, state.headingInline),
  blockquote: (node, state, depth) => {
    state.out.push('<blockquote>\n');
    renderChildren(node, state, depth);
    state.out.push('</blockquote>\n');
  },
  bulletList: renderList,
  orderedList: renderList,
  // An item outside a list keeps its blocks.
  listItem: renderChildren,
  horizontalRule: (_node, state) => {
    state.out.push('<hr>\n');
  },
  figure: (node, state) => renderFigure(node, state),
  // Inline nodes are written by renderInlineHtml; one standing alone makes a paragraph.
  text: (node, state) => renderTextBlock('p', [node], state, state.inline),
  hardBreak: () => undefined,
};

function renderBlock(node: TiptapNode, state: WalkState, depth: number): void {
  if (depth > maxBlockDepth) return;
  // An unknown node loses its markup but keeps its words.
  const render = isDocumentNodeName(node.type) ? blockRenderers[node.type] : renderChildren;
  render(node, state, depth);
}

// Inline nodes where blocks belong (text straight in a quote, say) make one paragraph.
function renderBlocks(nodes: readonly TiptapNode[], state: WalkState, depth: number): void {
  if (nodes.some(isInlineNode)) {
    renderTextBlock('p', nodes, state, state.inline);
    return;
  }
  for (const node of nodes) renderBlock(node, state, depth);
}

/**
 * Renders an article body (Tiptap JSON) to an HTML fragment by walking the JSON: no DOM,
 * no schema building, so it runs anywhere and fast. The output is sanitized by
 * construction: only the elements and attributes written here exist, every URL is checked
 * again, unknown node and mark types are dropped with their text kept.
 */
export function renderDocumentHtml(
  document: TiptapNode,
  context: DocumentRenderContext,
): RenderedDocument {
  const inline: InlineRenderContext = {
    language: context.language,
    typography: context.typography,
    siteHost: context.siteHost,
    marksQuotations: true,
  };
  const state: WalkState = {
    out: [],
    texts: [],
    figures: [],
    inline,
    headingInline: { ...inline, marksQuotations: false },
    context,
  };
  if (typeof document === 'object' && document !== null) renderBlock(document, state, 0);
  // Counted as the editor counts (`countText` over the text as written, blocks apart), so
  // ninjs says what the desk saw: typesetting («…», no-break spaces, …) changes no count.
  const counts = (context.count ?? countText)(state.texts.join('\n\n'), context.language);
  return {
    html: state.out.join(''),
    charCount: counts.charactersWithSpaces,
    wordCount: counts.words,
    figures: state.figures,
  };
}
