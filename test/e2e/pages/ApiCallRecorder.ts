import type { Page, Request } from '@playwright/test';

/**
 * Records the API channels the page calls (`POST /api/<channel>`), in order. `settle()` sends
 * a marker request from the page and waits for it: every call the page issued before it has
 * been seen by then, so "nothing else was called" is asserted without waiting on a clock.
 */
export class ApiCallRecorder {
  private calls: string[] = [];
  private isRecording = false;

  constructor(private readonly page: Page) {
    page.on('request', (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (this.isRecording && path.startsWith('/api/'))
        this.calls.push(decodeURIComponent(path.slice('/api/'.length)));
    });
  }

  /** Waits for what is in flight to be issued, then starts a fresh record. */
  async start(): Promise<void> {
    await this.settle();
    this.calls = [];
    this.isRecording = true;
  }

  /** Waits until every call issued so far has been seen, and returns them. */
  async settle(): Promise<string[]> {
    const marker = `/call-recorder-marker-${Date.now()}`;
    const seen = this.page.waitForRequest((request) => request.url().endsWith(marker));
    await this.page.evaluate((url) => void fetch(url).catch(() => undefined), marker);
    await seen;
    return [...this.calls];
  }
}
