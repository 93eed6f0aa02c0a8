import { expect, type Locator, type Page } from '@playwright/test';
import type { GalleyPage } from './GalleyPage';

/** The slice of the Tiptap editor that Tiptap hangs on its root element (`dom.editor`). */
interface EditorHandle {
  state: {
    selection: { from: number; to: number; $from: { parent: { textContent: string } } };
    doc: { textBetween(from: number, to: number): string };
  };
}

/** What the editor model (not only the DOM) has selected: the text and the block around it. */
export interface ModelSelection {
  text: string;
  block: string;
}

/** The body editor with its toolbar, dialogs and the details panel beside it. */
export class ArticleEditorPage {
  readonly page: Page;
  readonly toolbar: Locator;
  readonly linkDialog: Locator;
  readonly linkAddress: Locator;
  readonly figureDialog: Locator;
  readonly details: Locator;
  readonly articleLanguage: Locator;
  readonly headlineLength: Locator;
  readonly bodyCounts: Locator;
  readonly articleCounts: Locator;

  constructor(readonly galley: GalleyPage) {
    this.page = galley.page;
    this.toolbar = this.page.getByRole('toolbar', { name: 'Formatting' });
    this.linkDialog = this.page.getByRole('dialog', { name: 'Link' });
    this.linkAddress = this.linkDialog.getByLabel('Link address');
    this.figureDialog = this.page.getByRole('dialog', { name: 'Insert a figure' });
    this.details = this.page.getByRole('complementary', { name: 'Article details' });
    this.articleLanguage = this.details.getByLabel('Language', { exact: true });
    this.headlineLength = this.page.locator('#headline-length');
    this.bodyCounts = this.page.getByTestId('counts-body');
    this.articleCounts = this.page.getByTestId('counts-article');
  }

  get body(): Locator {
    return this.galley.body;
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** A paragraph-level block of the body (p, h2, li…) holding `text`. */
  block(selector: string, text: string | RegExp): Locator {
    return this.body.locator(selector, { hasText: text });
  }

  /** Types paragraphs into the (empty) body of a new article, one Enter between them. */
  /** Types an address into the open link dialog and applies it. */
  async applyLink(address: string): Promise<void> {
    await this.linkAddress.fill(address);
    await this.linkDialog.getByRole('button', { name: 'Apply' }).click();
  }

  async typeParagraphs(...paragraphs: string[]): Promise<void> {
    await this.body.click();
    for (const [index, text] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(text);
    }
    await expect(this.body.locator('p')).toHaveText(paragraphs);
  }

  /** Selects one whole word of the body the way a person does: a double click on it. */
  async selectWord(word: string): Promise<void> {
    const point = await this.body.evaluate((root, target) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(target) ?? -1;
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + target.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    }, word);
    if (!point) throw new Error(`"${word}" is not in the body`);
    await this.page.mouse.dblclick(point.x, point.y);
    // A person never presses a key within a millisecond of the click; the editor reads the
    // browser's selection on `selectionchange`, so wait until its model has the word.
    await expect
      .poll(() => this.modelSelection())
      .toEqual({ text: word, block: expect.any(String) });
  }

  /** Puts the caret inside the paragraph that holds `text`. */
  async placeCaretIn(text: string): Promise<void> {
    await this.block('p', text).click();
    await expect.poll(() => this.modelSelection()).toEqual({ text: '', block: text });
  }

  /** The editor model's selection, read through the handle Tiptap puts on its root element. */
  modelSelection(): Promise<ModelSelection | null> {
    return this.body.evaluate((root) => {
      const editor = (root as HTMLElement & { editor?: EditorHandle }).editor;
      if (!editor) return null;
      const { from, to, $from } = editor.state.selection;
      return { text: editor.state.doc.textBetween(from, to), block: $from.parent.textContent };
    });
  }
}
