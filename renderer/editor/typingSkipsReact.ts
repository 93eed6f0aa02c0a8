/** The events a keystroke fires at the body's editing host. */
const typingEvents = new Set(['keydown', 'keypress', 'textInput', 'beforeinput', 'input', 'keyup']);

/** The body editors' editing hosts, added by `TypingEventsStayInEditor`. */
export const hostsReactSkips = new WeakSet<EventTarget>();

/** What `createRootOffTyping` needs of React's root container (an element of the page). */
export interface RootContainer extends EventTarget {
  readonly ownerDocument: EventTarget & { readonly activeElement: EventTarget | null };
}

/**
 * Runs `create` (React's `createRoot(container)`) so that the listeners React adds then pass
 * over what a keystroke in the body fires: typing's events aimed at a host in
 * `hostsReactSkips` on the container, and the document's selection changes while such a host
 * has the focus. React listens to every event type on its root, in the capture phase (before
 * the editor) and the bubbling phase, and for each event walks the component tree from the
 * target up for handlers and runs its input polyfills; for keydown it also builds a synthetic
 * event for the article's `onKeyDown`, which only handles the headline and lede. That was
 * 0.4-0.9 ms a keystroke in a long article's page, none of it for the body. The page's
 * shortcuts listen on `window` and still get keydown; listeners added after `create` are left
 * alone. A React key or input handler on an ancestor of the body would not see the body's
 * typing: `test/unit/bodyAncestorsHandleNoTyping.test.ts` lists the ones there are.
 */
export function createRootOffTyping<T>(container: RootContainer, create: () => T): T {
  const document = container.ownerDocument;
  const restoreRoot = skipListeners(container, typingEvents, (event) => event.target);
  const restoreDocument = skipListeners(
    document,
    new Set(['selectionchange']),
    () => document.activeElement,
  );
  try {
    return create();
  } finally {
    restoreRoot();
    restoreDocument();
  }
}

/** Until the returned function is called, `types` listeners added to `target` are wrapped. */
function skipListeners(
  target: EventTarget,
  types: ReadonlySet<string>,
  aimedAt: (event: Event) => EventTarget | null,
): () => void {
  const add = target.addEventListener.bind(target);
  target.addEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void => {
    if (listener === null) return;
    if (!types.has(type) || typeof listener !== 'function') {
      add(type, listener, options);
      return;
    }
    add(
      type,
      (event: Event) => {
        const host = aimedAt(event);
        if (host !== null && hostsReactSkips.has(host)) return;
        listener.call(target, event);
      },
      options,
    );
  };
  return () => {
    Reflect.deleteProperty(target, 'addEventListener');
  };
}
