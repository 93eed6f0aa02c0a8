import { collectFigureImageIds } from '../../../shared/export/collectFigureImageIds';
import type { Library } from '../library/openLibrary';
import { deskHttpUrl } from './deskHttpUrl';

const maxFetchAttempts = 6;

/**
 * Carries figures' images between a workstation and its desk over HTTP, by the SHA-256 of
 * their bytes: the images an article shows go up with it, and those an article from the desk
 * shows but this library lacks come down. One transfer at a time; each image once per run.
 */
export class DeskImageTransfer {
  private readonly done = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly library: Library,
    private readonly url: string,
    private readonly token: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Sends the article's images the desk does not have. */
  sendFor(articleId: string): void {
    for (const id of this.imagesOf(articleId)) {
      if (this.done.has(`up:${id}`)) continue;
      this.done.add(`up:${id}`);
      this.enqueue(() => this.send(id));
    }
  }

  /** Fetches the article's images this library does not have. */
  fetchFor(articleId: string): void {
    for (const id of this.imagesOf(articleId)) {
      if (this.library.images.get(id) || this.done.has(`down:${id}`)) continue;
      this.done.add(`down:${id}`);
      this.enqueue(() => this.fetch(id, 1));
    }
  }

  /** Resolves when every transfer asked for so far has ended. */
  idle(): Promise<void> {
    return this.queue;
  }

  private imagesOf(articleId: string): string[] {
    const body = this.library.articles.get(articleId)?.body;
    return body ? collectFigureImageIds(body) : [];
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.log(
        `galley sync: image transfer failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }

  private endpoint(id: string): URL {
    const base = deskHttpUrl(this.url);
    if (!base) throw new Error(`not a desk address: ${this.url}`);
    return new URL(`/images/${id}`, base);
  }

  private headers(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}` };
  }

  private async send(id: string): Promise<void> {
    const image = this.library.images.get(id);
    if (!image) return;
    const there = await fetch(this.endpoint(id), { method: 'HEAD', headers: this.headers() });
    if (there.ok) return;
    const sent = await fetch(this.endpoint(id), {
      method: 'PUT',
      headers: { ...this.headers(), 'Content-Type': image.mimeType },
      body: Buffer.from(image.bytes),
      signal: AbortSignal.timeout(120_000),
    });
    if (!sent.ok) {
      this.done.delete(`up:${id}`);
      throw new Error(`the desk refused image ${id} (${sent.status})`);
    }
  }

  private async fetch(id: string, attempt: number): Promise<void> {
    const response = await fetch(this.endpoint(id), {
      headers: this.headers(),
      signal: AbortSignal.timeout(120_000),
    });
    if (!response.ok) {
      // Not on the desk yet (its sender is still uploading it): asked for again a little later.
      if (attempt < maxFetchAttempts)
        setTimeout(() => this.enqueue(() => this.fetch(id, attempt + 1)), attempt * 1_000);
      else this.done.delete(`down:${id}`);
      return;
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const stored = this.library.images.put(bytes, `${id}.img`, Date.now());
    if (stored.id !== id) throw new Error(`image ${id} arrived with other bytes`);
  }
}
