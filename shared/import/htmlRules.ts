import {
  documentMarkNames,
  type DocumentMarkName,
  type DocumentNodeName,
} from '../editor/documentNames';
import type { TiptapMark } from '../editor/tiptapJson';
import type { ContainerType } from './bodyBuilder';

/**
 * Elements dropped together with everything inside them: active content, embedded
 * documents, form controls, page chrome and Word's VML shapes. Listing what to drop
 * (and emitting only schema nodes for the rest) keeps the converter sanitizing by
 * construction: an element nobody thought of still cannot bring an attribute through.
 */
const droppedElements = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'form',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'input',
  'output',
  'progress',
  'meter',
  'nav',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'map',
  'area',
  'applet',
  'frame',
  'frameset',
  'noframes',
  'dialog',
  'link',
  'base',
  'param',
  'portal',
  'xml',
  'title',
  'meta',
  'slot',
  'rp',
  'rt',
]);

/** Word and Office namespaces whose elements carry shapes and fields, not article text. */
const droppedPrefixes = new Set(['v', 'w', 'm', 'wx', 'aml']);

/**
 * The elements each node of the schema is read from. Keyed by the schema's node names, so
 * a node added to the schema does not compile until it says which elements make it (and
 * `nodeRole` what they do). `doc` is the body being built and `text` the character data.
 * Whatever ends the paragraph before it and starts a new one reads as a paragraph:
 * sections, table cells, a caption outside a figure.
 */
const nodeElements: Record<DocumentNodeName, readonly string[]> = {
  doc: [],
  text: [],
  paragraph: [
    'p',
    'div',
    'section',
    'article',
    'main',
    'header',
    'footer',
    'aside',
    'address',
    'center',
    'dl',
    'dt',
    'dd',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'td',
    'th',
    'caption',
    'details',
    'summary',
    'fieldset',
    'legend',
    'hgroup',
    'body',
    'html',
    'pre',
    'figcaption',
    'search',
    'listing',
    'plaintext',
    'xmp',
  ],
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  blockquote: ['blockquote'],
  bulletList: ['ul', 'menu'],
  orderedList: ['ol'],
  listItem: ['li'],
  hardBreak: ['br'],
  horizontalRule: ['hr'],
  figure: ['figure', 'img'],
};

const nodeByElement = new Map<string, DocumentNodeName>(
  Object.entries(nodeElements).flatMap(([node, tags]) =>
    tags.map((tag) => [tag, node as DocumentNodeName] as const),
  ),
);

/** Paragraphs whose whitespace and line breaks are kept. */
const preservingElements = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/** What an element means for the body being built. */
export type ElementRole =
  | { kind: 'drop' }
  | { kind: 'paragraph'; preserve: boolean }
  | { kind: 'heading'; level: number }
  | { kind: 'container'; type: ContainerType }
  | { kind: 'rule' | 'break' | 'image' | 'figure' | 'quote' | 'inline' };

/** The role of an element, from its (lowercased) tag name and attributes. */
export function elementRole(tag: string, attributes: Record<string, string>): ElementRole {
  const colon = tag.indexOf(':');
  if (colon > 0) {
    return droppedPrefixes.has(tag.slice(0, colon)) ? { kind: 'drop' } : { kind: 'inline' };
  }
  if (droppedElements.has(tag) || isHidden(attributes)) return { kind: 'drop' };
  if (tag === 'p' && /\bMsoTitle\b/.test(attributes['class'] ?? '')) {
    return { kind: 'heading', level: 1 };
  }
  // <q> has no node: its text is quoted with the language's quotation marks.
  if (tag === 'q') return { kind: 'quote' };
  const node = nodeByElement.get(tag);
  return node === undefined ? { kind: 'inline' } : nodeRole(node, tag);
}

function nodeRole(node: DocumentNodeName, tag: string): ElementRole {
  switch (node) {
    case 'paragraph':
      return { kind: 'paragraph', preserve: preservingElements.has(tag) };
    case 'heading':
      return { kind: 'heading', level: Math.min(Number(tag.slice(1)), 4) };
    case 'blockquote':
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
      return { kind: 'container', type: node };
    case 'horizontalRule':
      return { kind: 'rule' };
    case 'hardBreak':
      return { kind: 'break' };
    case 'figure':
      return { kind: tag === 'img' ? 'image' : 'figure' };
    case 'doc':
    case 'text':
      return { kind: 'inline' };
  }
}

/** Marks an element turns on and off for the text inside it. */
export interface MarkChange {
  add: TiptapMark[];
  remove: string[];
}

/** How a mark is read: the elements that set it, and what an inline style says. */
interface MarkRule {
  elements: readonly string[];
  /** True when the style sets the mark, false when it clears it, undefined when silent. */
  style?: (style: ReadonlyMap<string, string>) => boolean | undefined;
}

/**
 * How each mark of the schema is read from HTML. Keyed by the schema's mark names, so a
 * mark added to the schema does not compile until it says how it is read; `null` is a
 * mark no HTML brings in.
 */
const markRules: Record<DocumentMarkName, MarkRule | null> = {
  // Only with a safe href (see markChange).
  link: { elements: ['a'] },
  bold: {
    elements: ['b', 'strong'],
    style: (style) =>
      switchedBy(style.get('font-weight'), /^(bold|bolder|[6-9]00)$/, /^(normal|lighter|[1-5]00)$/),
  },
  italic: {
    elements: ['i', 'em', 'cite', 'dfn', 'var'],
    style: (style) => switchedBy(style.get('font-style'), /^(italic|oblique)/, /^normal$/),
  },
  underline: {
    elements: ['u', 'ins'],
    style: (style) => switchedBy(textDecoration(style), /underline/, /^none/),
  },
  strike: {
    elements: ['s', 'strike', 'del'],
    style: (style) => switchedBy(textDecoration(style), /line-through/, /^none/),
  },
  superscript: {
    elements: ['sup'],
    style: (style) => switchedBy(style.get('vertical-align'), /^super$/, /^baseline$/),
  },
  subscript: {
    elements: ['sub'],
    style: (style) => switchedBy(style.get('vertical-align'), /^sub$/, /^baseline$/),
  },
  // An anchor belongs to an annotation in the library: pasted, it would point at nothing.
  quoteAnchor: null,
  // Likewise for a comment thread's anchor.
  commentAnchor: null,
};

function switchedBy(value: string | undefined, on: RegExp, off: RegExp): boolean | undefined {
  if (value === undefined) return undefined;
  if (on.test(value)) return true;
  return off.test(value) ? false : undefined;
}

function textDecoration(style: ReadonlyMap<string, string>): string | undefined {
  return style.get('text-decoration-line') ?? style.get('text-decoration');
}

/**
 * The marks an element adds or removes. Inline styles are read (never carried) because
 * Google Docs says bold with `font-weight:700` on a span and wraps the whole clipboard in
 * a `<b id="docs-internal-guid-…" style="font-weight:normal">` that is not bold at all.
 * Only exact property names count: Word's `mso-bidi-font-weight:normal` says nothing.
 * The element's own style outranks its tag: `<b style="font-weight:normal">` is not bold.
 */
export function markChange(
  tag: string,
  attributes: Record<string, string>,
  linkHref: string | null,
): MarkChange | null {
  const add: TiptapMark[] = [];
  const remove: string[] = [];
  const googleWrapper = (attributes['id'] ?? '').startsWith('docs-internal-guid');
  const style = parseStyle(attributes['style']);
  for (const type of documentMarkNames) {
    const rule = markRules[type];
    if (!rule) continue;
    const styled = rule.style?.(style);
    if (styled === false) {
      remove.push(type);
    } else if (type === 'link') {
      if (linkHref && rule.elements.includes(tag)) add.push({ type, attrs: { href: linkHref } });
    } else if (styled === true || (rule.elements.includes(tag) && !googleWrapper)) {
      add.push({ type });
    }
  }
  return add.length > 0 || remove.length > 0 ? { add, remove } : null;
}

/** Declarations of a `style` attribute, property names and values lowercased. */
export function parseStyle(style: string | undefined): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!style) return declarations;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (property) declarations.set(property, value);
  }
  return declarations;
}

/** Content a reader of the page would never see: it should not appear in the article. */
function isHidden(attributes: Record<string, string>): boolean {
  if (attributes['hidden'] !== undefined) return true;
  const style = parseStyle(attributes['style']);
  return style.get('display') === 'none' || style.get('visibility') === 'hidden';
}
