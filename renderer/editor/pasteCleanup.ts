import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { TiptapNode } from '../../shared/editor/tiptapJson';
import { htmlToDocument } from '../../shared/import/importHtml';
import type { ImportedImage } from '../../shared/import/importedArticle';

/** Options of the {@link PasteCleanup} extension. */
export interface PasteCleanupOptions {
  /**
   * Receives the images embedded in pasted HTML (`data:` URIs). Their figures are left out
   * of the paste: the library does not have those images yet, so whoever stores them
   * decides where the figures go.
   */
  onImages: ((images: ImportedImage[]) => void) | null;
}

/** Pasted HTML cleaned to the schema, and the images it carried. */
export interface PastedHtml {
  slice: Slice;
  images: ImportedImage[];
}

/** Containers the schema refuses empty; one left so by the clean-up goes too. */
const containerTypes = new Set(['blockquote', 'bulletList', 'orderedList', 'listItem']);

/** Control characters other than tab and line breaks: invisible, and nothing an article means. */
const controlCharacters = /(?![\t\n\r])\p{Cc}/gu;

/**
 * Cleans what is pasted into the body to the article schema. HTML (Word, Google Docs, a
 * web page) goes through the same converter as an HTML import, so styles, classes,
 * scripts and empty paragraphs never reach the document. Plain text becomes one
 * paragraph per line, as Word and Notepad text means it. Mod-Shift-v pastes the plain
 * text of the clipboard. A copy from a ProseMirror editor (this one, mostly) is left to
 * ProseMirror, which keeps figures and open list structure the converter cannot know.
 *
 * Lower priority than the extensions in the shared list, so the link extension still
 * turns a pasted URL over selected text into a link first.
 */
export const PasteCleanup = Extension.create<PasteCleanupOptions>({
  name: 'pasteCleanup',
  priority: 50,

  addOptions() {
    return { onImages: null };
  },

  addProseMirrorPlugins() {
    const { onImages } = this.options;
    // As ProseMirror does it: Shift held while pasting (but not Shift+Insert, an ordinary
    // paste on Windows and Linux) means "without formatting".
    let isShiftHeld = false;
    let lastKey = '';
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => {
              isShiftHeld = event.shiftKey || event.key === 'Shift';
              lastKey = event.key;
              return false;
            },
            keyup: (_view, event) => {
              if (event.key === 'Shift') isShiftHeld = false;
              return false;
            },
          },
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data) return false;
            const plainOnly = isShiftHeld && lastKey !== 'Insert';
            const html = plainOnly ? '' : data.getData('text/html');
            if (html.includes('data-pm-slice')) return false;
            if (html.trim() !== '') {
              const pasted = htmlToSlice(html, view.state.schema);
              if (pasted && pasted.images.length > 0 && onImages) onImages(pasted.images);
              if (pasted && pasted.slice.size > 0) return insertSlice(view, pasted.slice);
              if (pasted && pasted.images.length > 0 && onImages) return true;
            }
            const text = data.getData('text/plain');
            if (text === '') return false;
            const slice = plainTextToSlice(text, view.state.schema);
            return slice.size > 0 ? insertSlice(view, slice) : false;
          },
        },
      }),
    ];
  },
});

/**
 * Clipboard HTML as a slice of the article schema, opened as deep as its first and last
 * blocks allow (a single paragraph pastes into the current one), or null when the HTML
 * is too deep or too long to be an article. Figures of images that came inside the HTML
 * are left out and their images returned.
 */
export function htmlToSlice(html: string, schema: Schema): PastedHtml | null {
  let converted: ReturnType<typeof htmlToDocument>;
  try {
    converted = htmlToDocument(html);
  } catch {
    return null;
  }
  const { body, images } = converted;
  const pastedImageIds = new Set(images.map((image) => image.imageId));
  const blocks = (body.content ?? [])
    .map((block) => prune(block, pastedImageIds, false))
    .filter((block): block is TiptapNode => block !== null);
  if (blocks.length === 0) return { slice: Slice.empty, images };
  try {
    const doc = schema.nodeFromJSON({ type: 'doc', content: blocks });
    doc.check();
    return { slice: Slice.maxOpen(doc.content), images };
  } catch {
    return null;
  }
}

/**
 * Plain text as paragraphs: every line break starts a paragraph, whether the text came
 * with blank lines between paragraphs (e-mail, Markdown) or without (Word, Notepad), and
 * blank lines themselves make none. A single line keeps its spaces, so "word " pastes
 * into a sentence as typed; lines of a longer text lose the spaces at their edges.
 */
export function plainTextToSlice(text: string, schema: Schema): Slice {
  const lines = text
    .replace(controlCharacters, '')
    .replace(/\t/g, ' ')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .filter((line) => line.trim() !== '');
  const paragraph = schema.nodes['paragraph'];
  if (lines.length === 0 || !paragraph) return Slice.empty;
  const paragraphs = lines.length === 1 ? lines : lines.map((line) => line.trim());
  return Slice.maxOpen(
    Fragment.from(paragraphs.map((line) => paragraph.create(null, schema.text(line)))),
  );
}

function insertSlice(view: EditorView, slice: Slice): true {
  // The same metadata as ProseMirror's own paste, so paste rules (links) still apply.
  view.dispatch(
    view.state.tr
      .replaceSelection(slice)
      .scrollIntoView()
      .setMeta('paste', true)
      .setMeta('uiEvent', 'paste'),
  );
  return true;
}

/**
 * The block without figures of pasted images, empty paragraphs and the containers that
 * leaves empty. The first paragraph of a list item stays even when empty: the schema
 * requires it there.
 */
function prune(
  node: TiptapNode,
  pastedImageIds: ReadonlySet<string>,
  isRequired: boolean,
): TiptapNode | null {
  if (node.type === 'figure') {
    const imageId = node.attrs?.['imageId'];
    return typeof imageId === 'string' && pastedImageIds.has(imageId) ? null : node;
  }
  if (node.type === 'paragraph') {
    return (node.content?.length ?? 0) > 0 || isRequired ? node : null;
  }
  if (!containerTypes.has(node.type) || !node.content) return node;
  const content = node.content
    .map((child, index) => prune(child, pastedImageIds, node.type === 'listItem' && index === 0))
    .filter((child): child is TiptapNode => child !== null);
  const hasText = content.some((child) => child.type !== 'paragraph' || child.content?.length);
  return hasText ? { ...node, content } : null;
}
