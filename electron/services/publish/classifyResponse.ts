import type { DeliveryOutcome } from './targetDelivery';

/** How long `Retry-After` asks to wait (seconds or an HTTP date), in ms. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A site's answer as an outcome: 2xx delivered; 408, 429 and 5xx are temporary (tried again,
 * honouring Retry-After); any other 4xx is the site refusing, with its own message.
 */
export async function classifyResponse(
  response: Response,
  delivered: () => Promise<DeliveryOutcome>,
): Promise<DeliveryOutcome> {
  if (response.ok) return delivered();
  const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 300);
  const reason = `HTTP ${response.status}${text ? `: ${text}` : ''}`;
  if (response.status === 408 || response.status === 429 || response.status >= 500)
    return {
      kind: 'retry',
      reason,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    };
  return { kind: 'refused', reason };
}

/** A request that never got an answer (network down, timeout): always worth another try. */
export function networkFailure(error: unknown): DeliveryOutcome {
  const cause =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  return { kind: 'retry', reason: `no answer: ${cause}` };
}
