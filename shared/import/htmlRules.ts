import type { TiptapMark } from '../editor/tiptapJson';

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

/** Elements that end the paragraph before them and start a new one. */
const paragraphElements = new Set([
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
]);

/** What an element means for the body being built. */
export type ElementRole =
  | { kind: 'drop' }
  | { kind: 'paragraph'; preserve: boolean }
  | { kind: 'heading'; level: number }
  | { kind: 'container'; type: 'blockquote' | 'bulletList' | 'orderedList' | 'listItem' }
  | { kind: 'rule' | 'break' | 'image' | 'figure' | 'quote' | 'inline' };

/** The role of an element, from its (lowercased) tag name and attributes. */
export function elementRole(tag: string, attributes: Record<string, string>): ElementRole {
  const colon = tag.indexOf(':');
  if (colon > 0) {
    return droppedPrefixes.has(tag.slice(0, colon)) ? { kind: 'drop' } : { kind: 'inline' };
  }
  if (droppedElements.has(tag) || isHidden(attributes)) return { kind: 'drop' };
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return { kind: 'heading', level: Math.min(Number(heading[1]), 4) };
  if (tag === 'p' && /\bMsoTitle\b/.test(attributes['class'] ?? '')) {
    return { kind: 'heading', level: 1 };
  }
  if (paragraphElements.has(tag)) {
    return { kind: 'paragraph', preserve: ['pre', 'listing', 'plaintext', 'xmp'].includes(tag) };
  }
  switch (tag) {
    case 'blockquote':
      return { kind: 'container', type: 'blockquote' };
    case 'ul':
    case 'menu':
      return { kind: 'container', type: 'bulletList' };
    case 'ol':
      return { kind: 'container', type: 'orderedList' };
    case 'li':
      return { kind: 'container', type: 'listItem' };
    case 'hr':
      return { kind: 'rule' };
    case 'br':
      return { kind: 'break' };
    case 'img':
      return { kind: 'image' };
    case 'figure':
      return { kind: 'figure' };
    case 'q':
      return { kind: 'quote' };
    default:
      return { kind: 'inline' };
  }
}

/** Marks an element turns on and off for the text inside it. */
export interface MarkChange {
  add: TiptapMark[];
  remove: string[];
}

const tagMarks: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  dfn: 'italic',
  var: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  sup: 'superscript',
  sub: 'subscript',
};

/**
 * The marks an element adds or removes. Inline styles are read (never carried) because
 * Google Docs says bold with `font-weight:700` on a span and wraps the whole clipboard in
 * a `<b id="docs-internal-guid-…" style="font-weight:normal">` that is not bold at all.
 * Only exact property names count: Word's `mso-bidi-font-weight:normal` says nothing.
 */
export function markChange(
  tag: string,
  attributes: Record<string, string>,
  linkHref: string | null,
): MarkChange | null {
  const add: TiptapMark[] = [];
  const remove: string[] = [];
  const tagMark = tagMarks[tag];
  const googleWrapper = (attributes['id'] ?? '').startsWith('docs-internal-guid');
  if (tagMark && !googleWrapper) add.push({ type: tagMark });
  if (tag === 'a' && linkHref) add.push({ type: 'link', attrs: { href: linkHref } });
  const style = parseStyle(attributes['style']);
  const weight = style.get('font-weight');
  if (weight !== undefined)
    toggle(
      /^(bold|bolder|[6-9]00)$/.test(weight),
      /^(normal|lighter|[1-5]00)$/.test(weight),
      'bold',
    );
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined)
    toggle(/^(italic|oblique)/.test(fontStyle), fontStyle === 'normal', 'italic');
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration !== undefined) {
    toggle(decoration.includes('underline'), decoration.startsWith('none'), 'underline');
    toggle(decoration.includes('line-through'), decoration.startsWith('none'), 'strike');
  }
  const align = style.get('vertical-align');
  if (align !== undefined) {
    toggle(align === 'super', align === 'baseline', 'superscript');
    toggle(align === 'sub', align === 'baseline', 'subscript');
  }
  return add.length > 0 || remove.length > 0 ? { add, remove } : null;

  // The element's own style outranks its tag: `<b style="font-weight:normal">` is not bold.
  function toggle(on: boolean, off: boolean, type: string): void {
    if (on) add.push({ type });
    else if (off) {
      const fromTag = add.findIndex((mark) => mark.type === type);
      if (fromTag >= 0) add.splice(fromTag, 1);
      remove.push(type);
    }
  }
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
