import { describe, expect, it } from 'vitest';
import { createRootOffTyping, hostsReactSkips, type RootContainer } from './typingSkipsReact';

/** A root container and its document, with React's listeners recording which of them ran. */
function root(): {
  container: RootContainer;
  document: EventTarget & { activeElement: EventTarget | null };
  seen: string[];
} {
  const document = Object.assign(new EventTarget(), { activeElement: null as EventTarget | null });
  const container = Object.assign(new EventTarget(), { ownerDocument: document });
  const seen: string[] = [];
  const record = (phase: string) => (event: Event) => seen.push(`${phase} ${event.type}`);
  createRootOffTyping(container, () => {
    for (const type of ['keydown', 'input', 'click']) {
      container.addEventListener(type, record('capture'), true);
      container.addEventListener(type, record('passive'), { capture: true, passive: true });
      container.addEventListener(type, record('bubble'), false);
    }
    document.addEventListener('selectionchange', record('document'));
  });
  return { container, document, seen };
}

describe('createRootOffTyping', () => {
  it('passes over typing aimed at a body host, and nothing else', () => {
    const { container, document, seen } = root();
    hostsReactSkips.add(container);
    document.activeElement = container;
    for (const type of ['keydown', 'input', 'click']) container.dispatchEvent(new Event(type));
    document.dispatchEvent(new Event('selectionchange'));
    expect(seen).toEqual(['capture click', 'passive click', 'bubble click']);
  });

  it('leaves every listener alone for other targets, and later listeners unwrapped', () => {
    const { container, document, seen } = root();
    container.dispatchEvent(new Event('keydown'));
    container.dispatchEvent(new Event('input'));
    document.dispatchEvent(new Event('selectionchange'));
    hostsReactSkips.add(container);
    document.activeElement = container;
    container.addEventListener('input', () => seen.push('later input'));
    container.dispatchEvent(new Event('input'));
    expect(seen).toEqual([
      'capture keydown',
      'passive keydown',
      'bubble keydown',
      'capture input',
      'passive input',
      'bubble input',
      'document selectionchange',
      'later input',
    ]);
  });
});
