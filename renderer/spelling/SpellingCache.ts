import type { ApiClient } from '../api/apiClient';
import { isSpellCheckOn, subscribeSpellCheckSetting } from './spellCheckSetting';

/** What the spelling menu needs to offer and apply a fix for one flagged word. */
export interface SpellingMenuRequest {
  word: string;
  /** Where to open the menu, in viewport pixels. */
  x: number;
  y: number;
  /** Puts the chosen word in place of the flagged one (if the text there is still the same). */
  replace: (replacement: string) => void;
  /** Gives the focus back to the field the menu was opened from. */
  restoreFocus: () => void;
}

const batchSize = 2_000;

/** What a change of the cache can affect: only words that had no answer, or any word. */
export type SpellingChangeScope = 'answers' | 'all';

/**
 * The renderer's memory of which words the checker knows, shared by every field and article in
 * the window: each distinct word goes to the services once, in batches, at idle, one batch at a
 * time (words met while one is out go in the next). Fields ask for
 * answers and redraw when answers arrive; a word not answered yet is never flagged.
 */
export class SpellingCache {
  private readonly known = new Map<string, boolean>();
  private readonly queued = new Set<string>();
  private readonly asked = new Set<string>();
  private readonly listeners = new Set<(scope: SpellingChangeScope) => void>();
  private readonly menuListeners = new Set<(request: SpellingMenuRequest) => void>();
  private flushScheduled = false;
  /**
   * One check at a time: the first check of a language waits for its dictionary to load (20-35 s
   * for Russian at load 5-10), and over HTTP every call waiting holds one of the browser's six
   * connections to the services; a check per pause in typing took all six, and the article's
   * own saves and pulls queued behind them until the dictionary was in.
   */
  private checking = false;
  enabled = isSpellCheckOn();

  constructor(private readonly client: ApiClient) {
    subscribeSpellCheckSetting(() => {
      this.enabled = isSpellCheckOn();
      this.notify();
    });
  }

  /** True: misspelled; false: known; undefined: not answered yet (asked for now). */
  isMisspelled(word: string): boolean | undefined {
    const answer = this.known.get(word);
    if (answer !== undefined) return !answer;
    if (!this.asked.has(word)) {
      this.queued.add(word);
      this.scheduleFlush();
    }
    return undefined;
  }

  /**
   * Called whenever new answers arrive (`answers`: only words asked about and not answered
   * before), or the setting changes or the dictionary gains or loses a word (`all`).
   */
  subscribe(listener: (scope: SpellingChangeScope) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async suggest(word: string): Promise<string[]> {
    const result = await this.client.call('spelling:suggest', { word });
    return result.ok ? result.value.suggestions : [];
  }

  /** Adds a word to the desk dictionary; false when the library refused it. */
  async addToDictionary(word: string): Promise<boolean> {
    const result = await this.client.call('spelling:addWord', { word });
    if (!result.ok) return false;
    this.known.set(word, true);
    this.notify();
    return true;
  }

  /** After a word leaves the desk dictionary, it is asked about again. */
  forget(word: string): void {
    this.known.delete(word);
    this.asked.delete(word);
    this.notify();
  }

  /** Accepts a word in this window until it closes. */
  ignore(word: string): void {
    this.known.set(word, true);
    this.notify();
  }

  openMenu(request: SpellingMenuRequest): void {
    for (const listener of this.menuListeners) listener(request);
  }

  onMenu(listener: (request: SpellingMenuRequest) => void): () => void {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  private notify(scope: SpellingChangeScope = 'all'): void {
    for (const listener of this.listeners) listener(scope);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => {
      this.flushScheduled = false;
      void this.flush();
    }, 50);
  }

  private async flush(): Promise<void> {
    if (this.checking) return;
    const words = [...this.queued].slice(0, batchSize);
    if (words.length === 0) return;
    for (const word of words) {
      this.queued.delete(word);
      this.asked.add(word);
    }
    this.checking = true;
    const result = await this.client
      .call('spelling:check', { words })
      .finally(() => (this.checking = false));
    if (this.queued.size > 0) this.scheduleFlush();
    if (!result.ok) {
      // Asked again on the next look at the text.
      for (const word of words) this.asked.delete(word);
      return;
    }
    const unknown = new Set(result.value.unknown);
    for (const word of words) this.known.set(word, !unknown.has(word));
    this.notify('answers');
  }
}

const caches = new WeakMap<ApiClient, SpellingCache>();

/** The window's one cache for this API client. */
export function spellingCacheFor(client: ApiClient): SpellingCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new SpellingCache(client);
    caches.set(client, cache);
  }
  return cache;
}
