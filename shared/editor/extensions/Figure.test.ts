import { NodeSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '../../../test/support/createHeadlessEditor';
import { sampleImageId } from '../sampleDocument';
import { isImageId } from './Figure';

const figure = { imageId: sampleImageId, alt: 'Площадь', caption: 'Подпись', credit: 'Фото: ТАСС' };

describe('Figure', () => {
  it('recognises image ids', () => {
    expect(isImageId(sampleImageId)).toBe(true);
    expect(isImageId(sampleImageId.toUpperCase())).toBe(false);
    expect(isImageId('images/cat.jpg')).toBe(false);
    expect(isImageId(undefined)).toBe(false);
  });

  it('inserts a figure', () => {
    const editor = createHeadlessEditor('Текст');
    editor.commands.setTextSelection(1);
    expect(editor.commands.insertFigure(figure)).toBe(true);
    expect(editor.getJSON().content).toContainEqual({ type: 'figure', attrs: figure });
    editor.destroy();
  });

  it('refuses to insert a figure without a library image id', () => {
    const editor = createHeadlessEditor('Текст');
    const before = editor.getJSON();
    expect(editor.commands.insertFigure({ ...figure, imageId: 'https://example.com/a.jpg' })).toBe(
      false,
    );
    expect(editor.getJSON()).toEqual(before);
    editor.destroy();
  });

  it('updates the selected figure only', () => {
    const editor = createHeadlessEditor('Текст');
    editor.commands.setTextSelection(1);
    editor.commands.insertFigure(figure);
    expect(editor.commands.updateFigure({ caption: 'Новая' })).toBe(false);

    let position = -1;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'figure') position = pos;
    });
    editor.view.dispatch(
      editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, position)),
    );
    expect(editor.commands.updateFigure({ imageId: 'nope' })).toBe(false);
    expect(editor.commands.updateFigure({ caption: 'Новая', credit: 'Фото: РИА' })).toBe(true);
    expect(editor.getJSON().content).toContainEqual({
      type: 'figure',
      attrs: { ...figure, caption: 'Новая', credit: 'Фото: РИА' },
    });
    editor.destroy();
  });
});
