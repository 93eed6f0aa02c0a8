import { expect, type Locator, type Page } from '@playwright/test';
import type { GalleyServer } from '../../support/galleyServer';

/** The Galley window as a person sees it: library on the left, the editor on the right. */
export class GalleyPage {
  readonly articleList: Locator;
  readonly headline: Locator;
  readonly lede: Locator;
  readonly rubric: Locator;
  readonly body: Locator;
  readonly saveIndicator: Locator;
  readonly searchBox: Locator;
  readonly count: Locator;

  constructor(
    readonly page: Page,
    /** Where the interface is served: `galley serve`, or the Electron app's `galley://app`. */
    readonly server: Pick<GalleyServer, 'launchUrl' | 'origin'>,
    private readonly options: { spellCheck?: boolean } = {},
  ) {
    this.articleList = page.getByTestId('article-list');
    this.headline = page.locator('#article-headline');
    this.lede = page.locator('#article-lede');
    this.rubric = page.locator('#article-rubric');
    this.body = page.getByTestId('body-editor');
    this.saveIndicator = page.getByTestId('save-indicator');
    this.searchBox = page.getByRole('searchbox', { name: 'Search the library' });
    this.count = page.locator('.library-sort .library-count');
  }

  async open(): Promise<void> {
    await this.page.addInitScript((spellCheck) => {
      localStorage.setItem('galley:interfaceLanguage', 'en');
      localStorage.setItem('galley:spellCheck', spellCheck ? 'on' : 'off');
    }, this.options.spellCheck ?? true);
    await this.page.goto(this.server.launchUrl);
    await expect(this.articleList).toBeVisible();
  }

  articleButton(headline: string | RegExp): Locator {
    return this.articleList.getByRole('button', { name: headline });
  }

  async openArticle(headline: string | RegExp): Promise<void> {
    await this.articleButton(headline).click();
    // The editor is its own chunk, and a joined workstation fetches the article from the desk
    // first: on a loaded machine both take longer than an assertion's default.
    await expect(this.body).toBeVisible({ timeout: 15_000 });
  }

  async createArticle(): Promise<void> {
    await this.page.getByRole('button', { name: 'New article' }).click();
    // The editor's code, the new article's first read and its first render: at load 20-30 on
    // the shared machine that took over 5 s with or without the typesetting thread (the
    // autosave orderings hold every read back 700 ms on top).
    await expect(this.headline).toBeVisible({ timeout: 15_000 });
    await expect(this.headline).toHaveValue('');
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  }
}
