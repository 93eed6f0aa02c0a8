import type { Page } from '@playwright/test';

/**
 * Selects the first occurrence of `text` inside the body editor, as a mouse drag would, and
 * returns once the editor has taken the selection: ProseMirror reads a DOM selection on the
 * `selectionchange` event, which the browser fires later, so a key pressed straight after
 * `addRange` would act on the editor's previous selection.
 */
export async function selectEditorText(page: Page, text: string): Promise<void> {
  await selectInEditor(page, text);
}

/** Selects everything a quote anchor covers in the body editor (all its pieces); as above. */
export async function selectQuoteAnchor(page: Page): Promise<void> {
  await selectInEditor(page, null);
}

// One page function for both, as a page function cannot call helpers defined outside it.
async function selectInEditor(page: Page, text: string | null): Promise<void> {
  await page.getByTestId('body-editor').focus();
  await page.evaluate(async (wanted) => {
    const root = document.querySelector('[data-testid="body-editor"]');
    if (!root) throw new Error('no body editor');
    const range = document.createRange();
    if (wanted === null) {
      const anchors = root.querySelectorAll('.quote-anchor');
      const first = anchors[0];
      const last = anchors[anchors.length - 1];
      if (!first || !last) throw new Error('no quote anchor in the editor');
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
    } else {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let found = false;
      for (let node = walker.nextNode(); node && !found; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(wanted) ?? -1;
        if (index < 0) continue;
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        found = true;
      }
      if (!found) throw new Error(`text not found in the editor: ${wanted}`);
    }
    const selection = window.getSelection();
    // Settled when the event has run (ProseMirror listens for it) or after 500 ms.
    const settled = new Promise<void>((resolve) => {
      const done = (): void => void setTimeout(resolve, 0);
      document.addEventListener('selectionchange', done, { once: true });
      setTimeout(resolve, 500);
    });
    selection?.removeAllRanges();
    selection?.addRange(range);
    await settled;
  }, text);
}
