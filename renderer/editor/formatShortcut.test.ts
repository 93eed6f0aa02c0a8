import { describe, expect, it } from 'vitest';
import { formatShortcut } from './formatShortcut';

describe('formatShortcut', () => {
  it('writes Mod as Ctrl off a Mac', () => {
    expect(formatShortcut('Mod+B', false)).toBe('Ctrl+B');
    expect(formatShortcut('Mod+Alt+2', false)).toBe('Ctrl+Alt+2');
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
  });

  it('writes Apple symbols in Apple order on a Mac', () => {
    expect(formatShortcut('Mod+B', true)).toBe('⌘B');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatShortcut('Mod+Alt+2', true)).toBe('⌥⌘2');
  });
});
