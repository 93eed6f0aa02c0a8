import type { DocumentNodeName } from '../editor/documentNames';
import type { TiptapMark, TiptapNode } from '../editor/tiptapJson';
import type { ImportedImage } from './importedArticle';
import { ImportLimitError } from './importLimitError';
import { inlineContent, type InlineItem } from './inlineContent';

/** Blocks that hold other blocks. */
export type ContainerType = Extract<
  DocumentNodeName,
  'blockquote' | 'bulletList' | 'orderedList' | 'listItem'
>;

/** Blocks that hold inline content. */
export type TextBlockType = Extract<DocumentNodeName, 'paragraph' | 'heading'>;

/** An image to show as a figure, with the words that go with it. */
export interface FigureInput {
  image: ImportedImage;
  alt: string;
  caption: string;
  credit: string;
}

/** A body and the images its figures point at: what every converter returns. */
export interface BuiltBody {
  body: TiptapNode;
  images: ImportedImage[];
}

interface OpenContainer {
  node: TiptapNode & { content: TiptapNode[] };
  /** Opened by the builder to make stray content fit (text in a list, an item outside one). */
  implicit: boolean;
}

interface OpenTextBlock {
  type: TextBlockType;
  attrs: Record<string, unknown> | undefined;
  items: InlineItem[];
}

/** Deeper nesting is flattened: hostile input nests thousands deep to exhaust the stack. */
const maxContainerDepth = 24;

/**
 * More blocks than any article has (a 20,000-word piece is about a thousand). Past this
 * the input is a data dump or an attack, and validating and storing it would stall the app.
 */
export const maxImportBlocks = 50_000;

/** The message of the ImportLimitError thrown when a document has more than `maxImportBlocks` blocks. */
export const tooManyBlocksMessage = `too long for one article (more than ${maxImportBlocks.toLocaleString('en')} paragraphs)`;

/**
 * Builds a body that fits the document schema from a stream of "open/close/add" calls,
 * so the converters can walk their input in order and never produce an invalid tree:
 * stray text is wrapped in a paragraph, stray list content in a list item, empty blocks
 * and containers disappear, and a figure in the middle of a paragraph splits it.
 */
export class BodyBuilder {
  private readonly root: OpenContainer = { node: { type: 'doc', content: [] }, implicit: false };
  private readonly stack: OpenContainer[] = [this.root];
  private textBlock: OpenTextBlock | null = null;
  private readonly images = new Map<string, ImportedImage>();
  private blockCount = 0;

  /** How many containers are open; pass it back to `closeTo` to close what was opened since. */
  get depth(): number {
    return this.stack.length;
  }

  /** Opens a container and returns the depth that closes it. */
  openContainer(type: ContainerType, attrs?: Record<string, unknown>): number {
    this.closeTextBlock();
    if (this.stack.length >= maxContainerDepth) return this.stack.length;
    if (type === 'listItem') {
      if (this.top.implicit && this.top.node.type === 'listItem') this.pop();
      if (!isList(this.top.node.type)) this.push('bulletList', undefined, true);
    } else {
      this.prepareForBlock();
    }
    const depth = this.stack.length;
    this.push(type, attrs, false);
    return depth;
  }

  /** Closes the open text block and every container opened at or after `depth`. */
  closeTo(depth: number): void {
    this.closeTextBlock();
    while (this.stack.length > Math.max(depth, 1)) this.pop();
  }

  /** Starts a paragraph or heading; whatever text block was open ends. */
  openTextBlock(type: TextBlockType, attrs?: Record<string, unknown>): void {
    this.closeTextBlock();
    this.textBlock = { type, attrs, items: [] };
  }

  /** Ends the open text block, keeping it only if it shows something. */
  closeTextBlock(): void {
    const block = this.textBlock;
    if (!block) return;
    this.textBlock = null;
    const content = inlineContent(block.items);
    if (!content) return;
    this.prepareForBlock();
    const node: TiptapNode = { type: block.type, content };
    if (block.attrs) node.attrs = block.attrs;
    this.countBlock();
    this.top.node.content.push(node);
  }

  /**
   * Adds text. Unless `preserve` is set, runs of ASCII whitespace become one space (no-break
   * spaces stay, as in a browser) and whitespace alone never starts a paragraph; preserved
   * text keeps its spaces and turns newlines into hard breaks.
   */
  addText(text: string, marks: readonly TiptapMark[] = [], preserve = false): void {
    if (!preserve) {
      const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
      if (collapsed.length === 0 || (collapsed === ' ' && !this.textBlock)) return;
      this.ensureTextBlock().items.push({ kind: 'text', text: collapsed, marks, preserve });
      return;
    }
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, index) => {
      if (index > 0) this.addHardBreak();
      if (line.length > 0)
        this.ensureTextBlock().items.push({ kind: 'text', text: line, marks, preserve });
    });
  }

  /** Adds a line break inside the current paragraph (starting one if needed). */
  addHardBreak(): void {
    this.ensureTextBlock().items.push({ kind: 'break' });
  }

  /** Adds a horizontal rule between blocks. */
  addHorizontalRule(): void {
    this.addLeafBlock({ type: 'horizontalRule' });
  }

  /** Adds a figure for an embedded image, which the body then refers to by its hash. */
  addFigure(figure: FigureInput): void {
    this.images.set(figure.image.imageId, figure.image);
    const { imageId } = figure.image;
    const { alt, caption, credit } = figure;
    this.addLeafBlock({ type: 'figure', attrs: { imageId, alt, caption, credit } });
  }

  /** Adds a paragraph of plain text between blocks, resuming any interrupted text block. */
  addLooseParagraph(text: string): void {
    this.interruptTextBlock(() => {
      this.openTextBlock('paragraph');
      this.addText(text);
      this.closeTextBlock();
    });
  }

  /**
   * Makes the innermost open list a bullet or numbered list. Word's clipboard says which
   * only in each item's marker text, after the list has been opened.
   */
  setOpenListType(type: 'bulletList' | 'orderedList'): void {
    for (let index = this.stack.length - 1; index > 0; index -= 1) {
      const node = this.stack[index]?.node;
      if (node && isList(node.type)) {
        node.type = type;
        return;
      }
    }
  }

  /** Closes everything and returns the body (never empty: the schema needs a block). */
  finish(): BuiltBody {
    this.closeTo(1);
    if (this.root.node.content.length === 0) this.root.node.content.push({ type: 'paragraph' });
    return { body: this.root.node, images: [...this.images.values()] };
  }

  private get top(): OpenContainer {
    return this.stack.at(-1) ?? this.root;
  }

  private ensureTextBlock(): OpenTextBlock {
    this.textBlock ??= { type: 'paragraph', attrs: undefined, items: [] };
    return this.textBlock;
  }

  private addLeafBlock(node: TiptapNode): void {
    this.interruptTextBlock(() => {
      this.prepareForBlock();
      this.countBlock();
      this.top.node.content.push(node);
    });
  }

  private countBlock(): void {
    this.blockCount += 1;
    if (this.blockCount > maxImportBlocks) throw new ImportLimitError(tooManyBlocksMessage);
  }

  /** Runs `add` between blocks; a text block it interrupts goes on afterwards as a new one. */
  private interruptTextBlock(add: () => void): void {
    const resume = this.textBlock;
    this.closeTextBlock();
    add();
    if (resume) this.openTextBlock(resume.type, resume.attrs);
  }

  /** Makes the top container ready to take a block other than a list item. */
  private prepareForBlock(): void {
    while (this.top.implicit && isList(this.top.node.type)) this.pop();
    if (isList(this.top.node.type)) this.push('listItem', undefined, true);
  }

  private push(type: ContainerType, attrs: Record<string, unknown> | undefined, implicit: boolean) {
    const node: OpenContainer['node'] = { type, content: [] };
    if (attrs) node.attrs = attrs;
    this.top.node.content.push(node);
    this.stack.push({ node, implicit });
  }

  private pop(): void {
    const closed = this.stack.pop();
    if (!closed) return;
    const { node } = closed;
    const first = node.content[0];
    if (node.type === 'listItem' && first && first.type !== 'paragraph') {
      // A list item must start with a paragraph: a heading becomes one, anything else gets an empty one.
      if (first.type === 'heading') node.content[0] = { type: 'paragraph', content: first.content };
      else node.content.unshift({ type: 'paragraph' });
    }
    if (node.content.length === 0) this.top.node.content.pop();
  }
}

function isList(type: string): boolean {
  return type === 'bulletList' || type === 'orderedList';
}
