import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { hostsReactSkips } from './typingSkipsReact';

/**
 * The events a typed character fires after its keydown. Nothing outside the body listens to
 * them from inside it; keydown bubbles on, for the page's shortcuts.
 */
const typingEvents = ['keypress', 'textInput', 'beforeinput', 'input', 'keyup'] as const;

const stop = (event: Event): void => event.stopPropagation();

/**
 * Stops typing's events from bubbling out of the body's editing host. React's root listener
 * otherwise takes each of them up to the root of the page's component tree, looking for
 * handlers and feeding its input polyfills: about a third of a millisecond a keystroke. The
 * editor's own listeners are on the host itself, so they still run. The host also joins
 * `hostsReactSkips`, so React's root passes over its typing in the capture phase too, which
 * runs before the event reaches the editor (`typingSkipsReact.ts`).
 */
export const TypingEventsStayInEditor = Extension.create({
  name: 'typingEventsStayInEditor',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        view: (view) => {
          for (const type of typingEvents) view.dom.addEventListener(type, stop);
          hostsReactSkips.add(view.dom);
          return {
            destroy: () => {
              hostsReactSkips.delete(view.dom);
              for (const type of typingEvents) view.dom.removeEventListener(type, stop);
            },
          };
        },
      }),
    ];
  },
});
