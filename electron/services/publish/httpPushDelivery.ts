import { classifyResponse, networkFailure } from './classifyResponse';
import { signBody } from './signBody';
import type { DeliveryItem, DeliveryOutcome, TargetDelivery } from './targetDelivery';

export interface HttpPushOptions {
  url: string;
  secret: string;
}

/**
 * HTTP push, the way Superdesk pushes to its subscribers: each image first (`X-Galley-Asset`),
 * then the item — `{ ninjs, html, assets }` as JSON — each POSTed with `X-Galley-Signature:
 * sha256=…` (an HMAC of the exact body) and an `Idempotency-Key` (article id and version), so a
 * receiver can verify the sender and drop a repeat. A takedown is the same item with ninjs
 * `pubstatus: "canceled"` and `X-Galley-Event: takedown`.
 */
export function createHttpPushDelivery(options: HttpPushOptions): TargetDelivery {
  const post = async (
    body: Uint8Array | string,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<Response> =>
    fetch(options.url, {
      method: 'POST',
      body,
      headers: { ...headers, 'X-Galley-Signature': signBody(options.secret, body) },
      signal,
      redirect: 'error',
    });

  const sendItem = async (
    item: DeliveryItem,
    event: 'publish' | 'takedown',
    signal: AbortSignal,
  ): Promise<DeliveryOutcome> => {
    const assets =
      event === 'publish'
        ? item.files.filter((file) => !/index\.(html|json)$/.test(file.path))
        : [];
    try {
      for (const asset of assets) {
        const response = await post(
          asset.data,
          {
            'Content-Type': 'application/octet-stream',
            'Idempotency-Key': `${item.idempotencyKey}:${asset.sha256}`,
            'X-Galley-Event': 'asset',
            'X-Galley-Asset': asset.path,
          },
          signal,
        );
        const outcome = await classifyResponse(response, () =>
          Promise.resolve({ kind: 'delivered', remote: { remoteId: '', url: '' } }),
        );
        if (outcome.kind !== 'delivered') return outcome;
      }
      const page = item.files.find((file) => file.path.endsWith('index.html'));
      const ninjs = event === 'takedown' ? { ...item.ninjs, pubstatus: 'canceled' } : item.ninjs;
      const body = JSON.stringify({
        ninjs,
        ...(event === 'publish' && page ? { html: Buffer.from(page.data).toString('utf8') } : {}),
        assets: assets.map((asset) => ({ path: asset.path, sha256: asset.sha256 })),
        ...(item.correction ? { correction: item.correction } : {}),
      });
      const key = item.idempotencyKey;
      const response = await post(
        body,
        { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Galley-Event': event },
        signal,
      );
      return await classifyResponse(response, async () => {
        const answer = (await response.json().catch(() => ({}))) as { id?: unknown; url?: unknown };
        const uri = typeof ninjs['uri'] === 'string' ? ninjs['uri'] : '';
        return {
          kind: 'delivered',
          remote: {
            remoteId: typeof answer.id === 'string' ? answer.id : item.article.id,
            url: typeof answer.url === 'string' ? answer.url : uri,
          },
        };
      });
    } catch (error) {
      return networkFailure(error);
    }
  };

  return {
    deliver: (item, signal) => sendItem(item, 'publish', signal),
    takedown: (item, signal) => sendItem(item, 'takedown', signal),
    test: async (signal) => {
      try {
        const body = JSON.stringify({ ping: true });
        const response = await post(
          body,
          { 'Content-Type': 'application/json', 'X-Galley-Event': 'ping' },
          signal,
        );
        const outcome = await classifyResponse(response, () =>
          Promise.resolve({ kind: 'delivered', remote: { remoteId: '', url: '' } }),
        );
        return outcome.kind === 'delivered' ? { ok: true } : { ok: false, reason: outcome.reason };
      } catch (error) {
        const outcome = networkFailure(error);
        return { ok: false, reason: outcome.kind === 'delivered' ? '' : outcome.reason };
      }
    },
  };
}
