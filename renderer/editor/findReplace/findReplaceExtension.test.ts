import { Editor } from '@tiptap/core';
import { undo } from '@tiptap/pm/history';
import type { EditorState, Plugin } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentExtensions } from '../../../shared/editor/documentExtensions';
import type { TiptapNode } from '../../../shared/editor/tiptapJson';
import { findDocumentMatches } from '../../../shared/find/findDocumentMatches';
import { findPattern } from '../../../shared/find/findInText';
import { FindReplaceExtension } from './findReplaceExtension';
import { createRandom } from '../../../test/support/createRandom';
import { paragraph, text } from '../../../test/support/tiptapNodes';

const editors: Editor[] = [];

/**
 * A Tiptap 3 editor without a DOM (`element: null`). Headless, Tiptap leaves the plugins
 * out of the state until a view mounts, so they are put in here: the find plugin and
 * history then run as in the browser; only scrolling and drawing are missing.
 */
function createEditor(content: TiptapNode[]): Editor {
  const editor = new Editor({
    element: null,
    extensions: [...createDocumentExtensions(), FindReplaceExtension],
    content: { type: 'doc', content },
  });
  // Node 20 has no `navigator`; Tiptap's keymap asks it whether this is a Mac.
  vi.stubGlobal('navigator', { platform: 'Linux', userAgent: 'node', maxTouchPoints: 0 });
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }));
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  vi.unstubAllGlobals();
});

/** Ctrl+Z: one step back in the editor's history. */
function undoOnce(editor: Editor): void {
  expect(undo(editor.state, (tr) => editor.view.dispatch(tr))).toBe(true);
}

/** Types text the way a keystroke would, without Tiptap's HTML parsing (there is no DOM). */
function insertText(editor: Editor, value: string, at: number): void {
  editor.commands.command(({ tr }) => {
    tr.insertText(value, at);
    return true;
  });
}

function findPlugin(state: EditorState): Plugin {
  const plugin = state.plugins.find((candidate) =>
    (candidate as unknown as { key: string }).key.startsWith('findReplace$'),
  );
  if (!plugin) throw new Error('the find plugin is not installed');
  return plugin;
}

/** The highlights as the view would draw them: range and whether it is the active one. */
function highlights(editor: Editor): { from: number; to: number; active: boolean }[] {
  const { decorations } = findPlugin(editor.state).getState(editor.state) as {
    decorations: DecorationSet;
  };
  return decorations
    .find()
    .map((decoration) => ({
      from: decoration.from,
      to: decoration.to,
      active: (decoration.spec as { active: boolean }).active,
    }))
    .sort((a, b) => a.from - b.from);
}

function selectedText(editor: Editor): string {
  const { from, to } = editor.state.selection;
  return editor.state.doc.textBetween(from, to);
}

const article = [
  paragraph(text('Кластер растёт. Московский инновационный '), text('кластер', 'bold'), text('.')),
  paragraph(text('Участники кластера и кластер.')),
];

describe('FindReplaceExtension', () => {
  it('highlights every match, one of them active, and reports the count in storage', () => {
    const editor = createEditor(article);
    editor.commands.setFindQuery('кластер');
    expect(editor.storage.findReplace).toMatchObject({
      query: 'кластер',
      matchCount: 4,
      activeIndex: 0,
      caseSensitive: false,
      wholeWord: false,
    });
    expect(highlights(editor).map((highlight) => highlight.active)).toEqual([
      true,
      false,
      false,
      false,
    ]);

    editor.commands.setFindQuery('кластер', { wholeWord: true });
    expect(editor.storage.findReplace.matchCount).toBe(3);
    editor.commands.setFindQuery('кластер', { caseSensitive: true });
    // Omitted options keep their value: still whole words.
    expect(editor.storage.findReplace).toMatchObject({ matchCount: 2, wholeWord: true });

    editor.commands.clearFind();
    expect(editor.storage.findReplace).toMatchObject({
      query: '',
      matchCount: 0,
      activeIndex: -1,
      // The checkboxes keep their state for the next search.
      caseSensitive: true,
      wholeWord: true,
    });
    expect(highlights(editor)).toEqual([]);
  });

  it('starts at the first match after the cursor and moves with wrap-around', () => {
    const editor = createEditor(article);
    editor.commands.setTextSelection(20);
    editor.commands.setFindQuery('кластер');
    expect(editor.storage.findReplace.activeIndex).toBe(1);

    expect(editor.commands.findNext()).toBe(true);
    expect(editor.storage.findReplace.activeIndex).toBe(2);
    expect(selectedText(editor)).toBe('кластер');
    expect(editor.state.selection.from).toBe(highlights(editor)[2]?.from);
    editor.commands.findNext();
    editor.commands.findNext();
    expect(editor.storage.findReplace.activeIndex).toBe(0);
    expect(selectedText(editor)).toBe('Кластер');
    editor.commands.findPrevious();
    expect(editor.storage.findReplace.activeIndex).toBe(3);
    expect(highlights(editor).filter((highlight) => highlight.active)).toHaveLength(1);
    expect(highlights(editor)[3]?.active).toBe(true);
  });

  it('refuses to move or replace when nothing matches', () => {
    const editor = createEditor(article);
    editor.commands.setFindQuery('нет такого');
    expect(editor.commands.findNext()).toBe(false);
    expect(editor.commands.findPrevious()).toBe(false);
    expect(editor.commands.replaceCurrent('x')).toBe(false);
    expect(editor.commands.replaceAll('x')).toBe(false);
  });

  it('replaces the active match and goes on past it, even when the new text matches too', () => {
    const editor = createEditor(article);
    editor.commands.setFindQuery('кластер', { wholeWord: true });
    editor.commands.findNext();
    expect(editor.storage.findReplace.activeIndex).toBe(1);
    expect(editor.commands.replaceCurrent('КЛАСТЕР')).toBe(true);
    expect(editor.getText()).toContain('инновационный КЛАСТЕР.');
    // Still three whole-word matches ignoring case; the active one is the next, not the new text.
    expect(editor.storage.findReplace).toMatchObject({ matchCount: 3, activeIndex: 2 });
    expect(selectedText(editor)).toBe('кластер');
    // The replaced word was bold at its first character, and stays bold.
    const replaced = editor.getJSON().content?.[0]?.content?.[1];
    expect(replaced).toEqual({ type: 'text', text: 'КЛАСТЕР', marks: [{ type: 'bold' }] });
  });

  it('replaces all matches in one undo step, keeping marks', () => {
    const editor = createEditor(article);
    const before = editor.getJSON();
    editor.commands.setFindQuery('кластер', { wholeWord: true });
    expect(editor.commands.replaceAll('узел')).toBe(true);
    expect(editor.getText({ blockSeparator: '\n' })).toBe(
      'узел растёт. Московский инновационный узел.\nУчастники кластера и узел.',
    );
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({
      type: 'text',
      text: 'узел',
      marks: [{ type: 'bold' }],
    });
    expect(editor.storage.findReplace.matchCount).toBe(0);

    undoOnce(editor);
    expect(editor.getJSON()).toEqual(before);
    expect(editor.storage.findReplace.matchCount).toBe(3);
  });

  it('keeps typing before a replace-all out of its undo step', () => {
    const editor = createEditor(article);
    insertText(editor, 'Наш ', 1);
    editor.commands.setFindQuery('кластер', { wholeWord: true });
    editor.commands.replaceAll('');
    expect(editor.getText()).not.toMatch(/(^|[^а-я])кластер([^а-я]|$)/iu);
    undoOnce(editor);
    expect(editor.getText()).toMatch(/^Наш Кластер растёт/);
  });

  it('does not replace in a read-only editor', () => {
    const editor = createEditor(article);
    editor.setEditable(false);
    editor.commands.setFindQuery('кластер');
    expect(editor.storage.findReplace.matchCount).toBe(4);
    expect(editor.commands.replaceAll('x')).toBe(false);
    expect(editor.commands.replaceCurrent('x')).toBe(false);
  });

  it('keeps matches and highlights right through edits, as a full search would find them', () => {
    const blocks = Array.from({ length: 30 }, (_, index) =>
      paragraph(text(`абзац ${index}: ab aba `), text('bab', 'italic'), text(' a b')),
    );
    const editor = createEditor(blocks);
    editor.commands.setFindQuery('ab');
    editor.commands.findNext();
    editor.commands.findNext();
    const random = createRandom(7);
    for (let round = 0; round < 200; round += 1) {
      const size = editor.state.doc.content.size;
      const from = 1 + random.int(size - 2);
      const to = Math.min(size - 1, from + random.int(6));
      switch (random.int(5)) {
        case 0:
          insertText(editor, 'ab', from);
          break;
        case 1:
          editor.commands.deleteRange({ from, to });
          break;
        case 2:
          editor.chain().setTextSelection(from).splitBlock().run();
          break;
        case 3:
          editor.commands.command(({ tr, state }) => {
            const bold = state.schema.marks['bold'];
            if (bold) tr.addMark(from, to, bold.create());
            return true;
          });
          break;
        default:
          insertText(editor, 'x', from);
      }
      const expected = findDocumentMatches(
        editor.state.doc,
        findPattern('ab', { caseSensitive: false, wholeWord: false }),
      ).map(({ from, to }) => ({ from, to }));
      const drawn = highlights(editor);
      expect(
        drawn.map(({ from: start, to: end }) => ({ from: start, to: end })),
        `round ${round}`,
      ).toEqual(expected);
      expect(editor.storage.findReplace.matchCount).toBe(expected.length);
      const activeIndex = editor.storage.findReplace.activeIndex;
      expect(drawn.filter((highlight) => highlight.active)).toEqual(
        expected.length > 0 ? [{ ...expected[activeIndex], active: true }] : [],
      );
    }
  });

  it('counts the headline, the lede, captions and credits with the body, in reading order', () => {
    const editor = createEditor(withFigure);
    editor.commands.setFindFields({ headline: 'Мост открыт', lede: 'Про мост и мосты' });
    editor.commands.setFindQuery('мост', { wholeWord: true }, { field: 'headline', from: 0 });
    expect(editor.storage.findReplace).toMatchObject({ matchCount: 6, activeIndex: 0 });
    expect(editor.storage.findReplace.active).toEqual({ field: 'headline', from: 0, to: 4 });
    expect(editor.storage.findReplace.fieldMatches).toEqual([
      { field: 'headline', from: 0, to: 4 },
      { field: 'lede', from: 4, to: 8 },
    ]);
    // Only the body's text is decorated; the fields and the figure draw their own.
    expect(highlights(editor)).toHaveLength(2);

    const visited: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      visited.push(editor.storage.findReplace.active?.field ?? '');
      editor.commands.findNext();
    }
    expect(visited).toEqual(['headline', 'lede', 'body', 'caption', 'credit', 'body']);
    expect(editor.storage.findReplace.activeIndex).toBe(0);

    // A caption match selects its figure; a body match its text.
    editor.commands.findPrevious();
    editor.commands.findPrevious();
    expect(editor.storage.findReplace.active?.field).toBe('credit');
    expect(editor.state.selection.from).toBe(figurePos);
    expect(highlights(editor).some((highlight) => highlight.active)).toBe(false);
    editor.commands.findNext();
    expect(selectedText(editor)).toBe('мост');
    expect(highlights(editor)[1]?.active).toBe(true);
  });

  it('follows the fields as they change and starts after a replacement there', () => {
    const editor = createEditor(withFigure);
    editor.commands.setFindFields({ headline: 'Мост открыт', lede: '' });
    editor.commands.setFindQuery('мост', { wholeWord: true }, { field: 'headline', from: 0 });
    expect(editor.storage.findReplace.matchCount).toBe(5);
    editor.commands.setFindFields(
      { headline: 'Тоннель открыт', lede: 'мост' },
      {
        field: 'headline',
        from: 'Тоннель'.length,
      },
    );
    expect(editor.storage.findReplace).toMatchObject({ matchCount: 5, activeIndex: 0 });
    expect(editor.storage.findReplace.active).toEqual({ field: 'lede', from: 0, to: 4 });
    // Typing in the body keeps the count right.
    insertText(editor, 'мост ', 1);
    expect(editor.storage.findReplace).toMatchObject({ matchCount: 6, activeIndex: 0 });
  });

  it('replaces in captions and credits, one at a time or all in one undo step', () => {
    const editor = createEditor(withFigure);
    const before = editor.getJSON();
    editor.commands.setFindQuery('мост', { wholeWord: true });
    expect(editor.storage.findReplace.matchCount).toBe(4);
    editor.commands.findNext();
    expect(editor.storage.findReplace.active?.field).toBe('caption');
    expect(editor.commands.replaceCurrent('тоннель')).toBe(true);
    expect(figureText(editor)).toEqual({ caption: 'Новый тоннель', credit: 'Фото: мост-бюро' });
    expect(editor.storage.findReplace.active?.field).toBe('credit');
    expect(editor.storage.findReplace.matchCount).toBe(3);

    expect(editor.commands.replaceAll('тоннель')).toBe(true);
    expect(figureText(editor)).toEqual({ caption: 'Новый тоннель', credit: 'Фото: тоннель-бюро' });
    expect(editor.getText({ blockSeparator: '\n' })).toBe('тоннель через реку.\n\nЗа тоннель.');
    expect(editor.storage.findReplace.matchCount).toBe(0);
    undoOnce(editor);
    expect(figureText(editor)).toEqual({ caption: 'Новый тоннель', credit: 'Фото: мост-бюро' });
    undoOnce(editor);
    expect(editor.getJSON()).toEqual(before);
  });

  it('keeps caption matches right when the figure or the text before it changes', () => {
    const editor = createEditor(withFigure);
    editor.commands.setFindQuery('мост', { wholeWord: true });
    insertText(editor, 'Большой ', 1);
    expect(editor.storage.findReplace.matchCount).toBe(4);
    const figure = editor.state.doc.nodeAt(figurePos + 'Большой '.length);
    expect(figure?.type.name).toBe('figure');
    editor.commands.command(({ tr }) => {
      tr.setNodeMarkup(figurePos + 'Большой '.length, undefined, {
        ...figure?.attrs,
        caption: 'мост, мост',
      });
      return true;
    });
    expect(editor.storage.findReplace.matchCount).toBe(5);
  });
});

const figurePos = 'Мост через реку.'.length + 2;

const withFigure = [
  paragraph(text('Мост через реку.')),
  {
    type: 'figure',
    attrs: {
      imageId: 'c'.repeat(64),
      alt: 'мост',
      caption: 'Новый мост',
      credit: 'Фото: мост-бюро',
    },
  },
  paragraph(text('За мост.')),
];

function figureText(editor: Editor): { caption: unknown; credit: unknown } {
  let attrs: Record<string, unknown> = {};
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'figure') attrs = node.attrs;
    return false;
  });
  return { caption: attrs['caption'], credit: attrs['credit'] };
}
