import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

/** The attributes of a figure: which library image, and the words that go with it. */
export interface FigureAttributes {
  /** Lowercase hex sha256 of the image bytes: the image's key in the library. */
  imageId: string;
  alt: string;
  caption: string;
  credit: string;
}

/** Options of the {@link Figure} node. */
export interface FigureOptions {
  /**
   * The `src` the rendered `img` gets for a library image. The editor serves images from
   * its own route and the exporter from the output folder, so each side sets its own.
   */
  imageUrl: (imageId: string) => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Insert a figure at the selection; refused when `imageId` is not a sha256 hex. */
      insertFigure: (attributes: FigureAttributes) => ReturnType;
      /** Change the selected figure; refused when a new `imageId` is not a sha256 hex. */
      updateFigure: (attributes: Partial<FigureAttributes>) => ReturnType;
    };
  }
}

const imageIdPattern = /^[0-9a-f]{64}$/;

/** True when `value` is an image id: 64 lowercase hex characters (a sha256). */
export function isImageId(value: unknown): value is string {
  return typeof value === 'string' && imageIdPattern.test(value);
}

/** Throws, as ProseMirror attribute validators must, unless `value` is an image id. */
function validateImageId(value: unknown): void {
  if (!isImageId(value)) {
    throw new RangeError(
      `figure imageId "${String(value)}" is not an image id: 64 lowercase hex characters of sha256`,
    );
  }
}

/**
 * The slice of a DOM element `parseHTML` reads. `shared/` compiles without the DOM
 * library, so the element Tiptap hands over is described here instead.
 */
interface ParsedElement {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<ParsedElement>;
  getAttribute?(name: string): string | null;
  querySelector(selectors: string): ParsedElement | null;
}

const elementNodeType = 1;

function readFigure(dom: unknown): FigureAttributes | false {
  const figure = dom as ParsedElement;
  const imageId = figure.getAttribute?.('data-image-id');
  // A pasted figure pointing at something that is not a library image is not a figure.
  if (!isImageId(imageId)) return false;
  const caption = figure.querySelector('figcaption');
  let captionText = '';
  let creditText = '';
  for (const child of Array.from(caption?.childNodes ?? [])) {
    const isCredit =
      child.nodeType === elementNodeType &&
      (child.getAttribute?.('class') ?? '').split(/\s+/).includes('credit');
    if (isCredit) creditText += child.textContent ?? '';
    else captionText += child.textContent ?? '';
  }
  return {
    imageId,
    alt: figure.querySelector('img')?.getAttribute?.('alt') ?? '',
    caption: collapseSpaces(captionText),
    credit: collapseSpaces(creditText),
  };
}

// Only markup whitespace collapses: no-break spaces set by typography must survive.
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * A library image with its caption and credit: one block the editor moves as a whole.
 * Images are referenced by content hash, never hot-linked, so the schema itself refuses
 * anything else as `imageId` — a stored document cannot smuggle a path or URL into `src`.
 */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { imageUrl: (imageId: string) => `images/${imageId}` };
  },

  addAttributes() {
    // `parseHTML: () => null` keeps Tiptap from reading same-named attributes off the
    // <figure> element over what `readFigure` found in its img and figcaption.
    const text = { default: '', rendered: false, validate: 'string', parseHTML: () => null };
    return {
      imageId: { ...text, validate: validateImageId },
      alt: text,
      caption: text,
      credit: text,
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-image-id]', getAttrs: (dom) => readFigure(dom) }];
  },

  renderHTML({ node }) {
    const { imageId, alt, caption, credit } = node.attrs as FigureAttributes;
    return [
      'figure',
      { 'data-image-id': imageId },
      ['img', { src: this.options.imageUrl(imageId), alt }],
      ['figcaption', caption, ['span', { class: 'credit' }, credit]],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands }) => {
          if (!isImageId(attributes.imageId)) return false;
          return commands.insertContent({ type: this.name, attrs: { ...attributes } });
        },
      updateFigure:
        (attributes) =>
        ({ tr, dispatch }) => {
          if (attributes.imageId !== undefined && !isImageId(attributes.imageId)) return false;
          const { selection } = tr;
          // Only the figure the editor has selected as a whole: never figures a text range spans.
          if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) {
            return false;
          }
          if (dispatch) {
            tr.setNodeMarkup(selection.from, undefined, { ...selection.node.attrs, ...attributes });
          }
          return true;
        },
    };
  },
});
