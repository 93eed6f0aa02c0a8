import { Editor, isActive } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type {} from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentExtensions } from '../../shared/editor/documentExtensions';
import { getDocumentSchema } from '../../shared/editor/documentSchema';
import { createSampleDocument } from '../../shared/editor/sampleDocument';
import { createRandom } from '../../test/support/createRandom';
import {
  createActiveFormatsStore,
  formatContext,
  type ActiveFormatCheck,
} from './activeFormatsStore';

/** The toolbar's questions (`EditorToolbar.tsx`): its marks, blocks and the link. */
const questions: [string, string, Record<string, unknown>?][] = [
  ['bold', 'bold'],
  ['italic', 'italic'],
  ['underline', 'underline'],
  ['strike', 'strike'],
  ['superscript', 'superscript'],
  ['subscript', 'subscript'],
  ['paragraph', 'paragraph'],
  ['heading2', 'heading', { level: 2 }],
  ['heading3', 'heading', { level: 3 }],
  ['heading4', 'heading', { level: 4 }],
  ['bulletList', 'bulletList'],
  ['orderedList', 'orderedList'],
  ['blockquote', 'blockquote'],
  ['link', 'link'],
];

const checks: ActiveFormatCheck[] = questions.map(([key, name, attrs]) => ({
  key,
  isActive: (editor) => editor.isActive(name, attrs ?? {}),
}));

function answers(state: EditorState): string {
  return questions
    .map(([key, name, attrs]) => `${key}=${isActive(state, name, attrs ?? {})}`)
    .join(' ');
}

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Types at the selection as a keystroke would, without Tiptap's HTML parsing (no DOM here). */
function typeText(editor: Editor, value: string): void {
  editor.commands.command(({ tr }) => {
    tr.insertText(value);
    return true;
  });
}

function createEditor(): Editor {
  const editor = new Editor({
    element: null,
    extensions: createDocumentExtensions(),
    content: createSampleDocument(),
  });
  editors.push(editor);
  return editor;
}

describe('formatContext', () => {
  it('gives the same context only where Tiptap gives the same answers, at every caret', () => {
    const schema = getDocumentSchema();
    const doc = schema.nodeFromJSON(createSampleDocument());
    const base = EditorState.create({ doc, schema });
    const byContext = new Map<string, string>();
    let carets = 0;
    for (let pos = 0; pos <= doc.content.size; pos += 1) {
      const $pos = doc.resolve(pos);
      if (!$pos.parent.inlineContent) continue;
      const at = base.apply(base.tr.setSelection(TextSelection.create(doc, pos)));
      const bold = at.apply(at.tr.setStoredMarks([schema.marks.bold!.create()]));
      for (const state of [at, bold]) {
        const context = formatContext(state);
        expect(context).not.toBeNull();
        const seen = byContext.get(context!);
        if (seen === undefined) byContext.set(context!, answers(state));
        else expect(answers(state), `caret at ${pos}`).toBe(seen);
      }
      carets += 1;
    }
    expect(carets).toBeGreaterThan(50);
    // The sample moves through several: the cache is not one context for everything.
    expect(byContext.size).toBeGreaterThan(8);
  });

  it('is null for a selection that is not a caret in text', () => {
    const editor = createEditor();
    editor.commands.setTextSelection({ from: 2, to: 6 });
    expect(formatContext(editor.state)).toBeNull();
  });
});

describe('createActiveFormatsStore', () => {
  it('answers as the editor does after every edit and selection, telling only flips', () => {
    const editor = createEditor();
    const store = createActiveFormatsStore(editor, checks);
    let told = 0;
    let last = store.get();
    const unsubscribe = store.subscribe(() => {
      told += 1;
      expect(store.get()).not.toEqual(last);
      last = store.get();
    });
    const random = createRandom(19);
    for (let step = 0; step < 300; step += 1) {
      const { doc } = editor.state;
      const inText: number[] = [];
      for (let pos = 0; pos <= doc.content.size; pos += 1) {
        if (doc.resolve(pos).parent.inlineContent) inText.push(pos);
      }
      const pick = random.next();
      if (pick < 0.4) {
        typeText(editor, 'ab');
      } else if (pick < 0.7) {
        editor.commands.setTextSelection(random.pick(inText));
      } else if (pick < 0.8) {
        const from = random.pick(inText);
        editor.commands.setTextSelection({ from, to: Math.min(doc.content.size, from + 5) });
      } else if (pick < 0.9) {
        editor.commands.toggleBold();
      } else {
        editor.commands.toggleItalic();
      }
      const expected = Object.fromEntries(
        questions.map(([key, name, attrs]) => [key, editor.isActive(name, attrs ?? {})]),
      );
      expect(store.get(), `step ${step}`).toEqual(expected);
    }
    expect(told).toBeGreaterThan(0);
    unsubscribe();
  });

  it('keeps its answers, and tells nobody, while text is typed within a paragraph', () => {
    const editor = createEditor();
    const store = createActiveFormatsStore(editor, checks);
    let told = 0;
    const unsubscribe = store.subscribe(() => (told += 1));
    const paragraphEnd = editor.state.doc.firstChild!.nodeSize - 1;
    editor.commands.setTextSelection(paragraphEnd);
    const before = store.get();
    told = 0;
    for (const letter of 'typing along') typeText(editor, letter);
    expect(told).toBe(0);
    expect(store.get()).toBe(before);
    unsubscribe();
  });
});
