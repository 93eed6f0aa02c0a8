const macSymbols: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' };

/**
 * A shortcut written as `Mod+Shift+B` (Tiptap's notation) the way the person's keyboard
 * says it: `Ctrl+Shift+B` on Windows and Linux, `⇧⌘B` on a Mac (modifiers in Apple's order).
 */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (!isMac) return [...parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)), key].join('+');
  const order = ['Ctrl', 'Alt', 'Shift', 'Mod'];
  const modifiers = [...parts].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return `${modifiers.map((part) => macSymbols[part] ?? part).join('')}${key}`;
}

/** True on a Mac, where Tiptap's `Mod` is the Command key. */
export function isMacPlatform(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
}
