import type { TiptapNode } from '../editor/tiptapJson';

/** A body with its headline (and perhaps lede) taken out. */
export interface SplitBody {
  headline: string;
  lede: string;
  body: TiptapNode;
  /** True when the headline was a plain first paragraph, taken for want of a heading. */
  isHeadlineGuessed: boolean;
}

/** What to take out of the body besides the headline. */
export interface SplitOptions {
  /** False for pasted fragments: nothing is taken out, level-1 headings are only demoted. */
  takeHeadline?: boolean;
  /** Take the paragraph right after the headline as the lede. */
  takeLede: boolean;
  /** A lede known from elsewhere (front matter, meta description): a paragraph repeating it goes. */
  knownLede?: string;
  /** A headline known from elsewhere: a level-1 heading is taken out only if it repeats it. */
  knownHeadline?: string;
  /**
   * With no level-1 heading, a short first paragraph is the headline (and the next one the
   * lede, with `takeLede`): how a Word file without a Title or Heading style is written.
   */
  guessHeadline?: boolean;
}

/** Longest first paragraph still read as a headline when no style says so. */
const guessedHeadlineLength = 160;

/**
 * Takes the headline out of a converted body: the first heading, if it is a level-1
 * heading. Other level-1 headings become level 2, the highest level an article body has.
 */
export function splitHeadline(body: TiptapNode, options: SplitOptions): SplitBody {
  const blocks: TiptapNode[] = [];
  collectBlocks(body, blocks);
  const removed = new Set<TiptapNode>();
  let headline = '';
  let lede = '';
  const firstHeading = blocks.find((block) => block.type === 'heading');
  const takesHeadline =
    options.takeHeadline !== false &&
    firstHeading?.attrs?.['level'] === 1 &&
    (options.knownHeadline === undefined ||
      sameText(inlineText(firstHeading), options.knownHeadline));
  if (firstHeading && takesHeadline) {
    headline = inlineText(firstHeading);
    removed.add(firstHeading);
    const next = blocks[blocks.indexOf(firstHeading) + 1];
    if (next?.type === 'paragraph') {
      const text = inlineText(next);
      if (options.knownLede !== undefined && sameText(text, options.knownLede)) removed.add(next);
      else if (options.takeLede) {
        lede = text;
        removed.add(next);
      }
    }
  } else if (options.knownLede !== undefined) {
    const first = blocks[0];
    if (first?.type === 'paragraph' && sameText(inlineText(first), options.knownLede)) {
      removed.add(first);
    }
  }
  let isHeadlineGuessed = false;
  if (!headline && options.guessHeadline && options.takeHeadline !== false) {
    const [first, next] = blocks.filter((block) => !removed.has(block));
    if (first && next && readsAsHeadline(first)) {
      headline = inlineText(first);
      removed.add(first);
      isHeadlineGuessed = true;
      if (options.takeLede && next.type === 'paragraph' && inlineText(next) !== '') {
        lede = inlineText(next);
        removed.add(next);
      }
    }
  }
  const pruned = prune(body, removed) ?? { type: 'doc', content: [] };
  if (!pruned.content?.length) pruned.content = [{ type: 'paragraph' }];
  return { headline, lede, body: pruned, isHeadlineGuessed };
}

/** A short paragraph that does not end like a sentence of running text. */
function readsAsHeadline(block: TiptapNode): boolean {
  if (block.type !== 'paragraph') return false;
  const text = inlineText(block);
  return text !== '' && text.length <= guessedHeadlineLength && !/[.:;,]$/u.test(text);
}

/** The plain text of a paragraph or heading, hard breaks read as spaces. */
export function inlineText(node: TiptapNode): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'hardBreak' ? ' ' : (child.text ?? '')))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

function sameText(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();
  return normalize(a) === normalize(b);
}

/** Paragraphs, headings and leaf blocks in document order. */
function collectBlocks(node: TiptapNode, out: TiptapNode[]): void {
  for (const child of node.content ?? []) {
    if (isContainer(child)) collectBlocks(child, out);
    else out.push(child);
  }
}

/** A copy without the removed blocks, empty containers and level-1 headings. */
function prune(node: TiptapNode, removed: ReadonlySet<TiptapNode>): TiptapNode | null {
  if (removed.has(node)) return null;
  if (node.type === 'heading' && node.attrs?.['level'] === 1) {
    return { ...node, attrs: { ...node.attrs, level: 2 } };
  }
  if (!isContainer(node) && node.type !== 'doc') return node;
  const content = (node.content ?? [])
    .map((child) => prune(child, removed))
    .filter((child): child is TiptapNode => child !== null);
  if (content.length === 0 && node.type !== 'doc') return null;
  const first = content[0];
  if (node.type === 'listItem' && first && first.type !== 'paragraph') {
    if (first.type === 'heading') content[0] = { type: 'paragraph', content: first.content };
    else content.unshift({ type: 'paragraph' });
  }
  return { ...node, content };
}

function isContainer(node: TiptapNode): boolean {
  return ['blockquote', 'bulletList', 'orderedList', 'listItem'].includes(node.type);
}
