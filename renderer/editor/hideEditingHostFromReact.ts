/**
 * Makes the body's editing host read as not `contentEditable === 'true'` to scripts, as React
 * asks it; the attribute, and so the browser's editing, stays. Before each commit that changes
 * the page, React saves the selection of the focused element when that element "has selection
 * capabilities" (an input, a text area, `contentEditable === 'true'`), and for an editing host
 * it counts the characters of every text node inside it to do so: the whole article, at each
 * commit while the body has the focus (the save indicator alone commits twice a save). React
 * never renders into ProseMirror's element, so that saved selection is never used; and
 * ProseMirror compares `contentEditable` only with "false", which the getter still answers
 * for a read-only editor. Returns the undo.
 */
export function hideEditingHostFromReact(dom: HTMLElement): () => void {
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get: () => (dom.getAttribute('contenteditable') === 'false' ? 'false' : 'inherit'),
    set: (value: string) => native?.set?.call(dom, value),
  });
  return () => {
    Reflect.deleteProperty(dom, 'contentEditable');
  };
}
