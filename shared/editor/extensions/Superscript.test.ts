import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '../../../test/support/createHeadlessEditor';

// The marks on the `2` of `m2`: position 1 is `m`, position 2 the `2`.
function marksOfLastCharacter(editor: Editor): string[] {
  return (editor.state.doc.nodeAt(2)?.marks ?? []).map((mark) => mark.type.name);
}

describe('Superscript and Subscript', () => {
  it('toggle on the selection', () => {
    const editor = createHeadlessEditor('m2');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    expect(editor.commands.toggleSuperscript()).toBe(true);
    expect(marksOfLastCharacter(editor)).toEqual(['superscript']);
    editor.commands.toggleSuperscript();
    expect(marksOfLastCharacter(editor)).toEqual([]);
    editor.commands.setSubscript();
    expect(marksOfLastCharacter(editor)).toEqual(['subscript']);
    editor.commands.unsetSubscript();
    expect(marksOfLastCharacter(editor)).toEqual([]);
    editor.destroy();
  });

  it('replace each other instead of stacking', () => {
    const editor = createHeadlessEditor('m2');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    editor.commands.setSuperscript();
    editor.commands.setSubscript();
    expect(marksOfLastCharacter(editor)).toEqual(['subscript']);
    editor.commands.toggleSuperscript();
    expect(marksOfLastCharacter(editor)).toEqual(['superscript']);
    editor.destroy();
  });

  it('bind Mod-. and Mod-,', () => {
    const editor = createHeadlessEditor('m2');
    const keys = editor.extensionManager.extensions
      .filter((extension) => ['superscript', 'subscript'].includes(extension.name))
      .flatMap((extension) => {
        // Only the key names are read, so the extension context the method expects is not needed.
        const shortcuts = extension.config.addKeyboardShortcuts as unknown as () => object;
        return Object.keys(shortcuts.call({}));
      });
    expect(keys.sort()).toEqual(['Mod-,', 'Mod-.']);
    editor.destroy();
  });
});
