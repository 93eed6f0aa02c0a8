import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex>`: the HMAC-SHA256 of the exact bytes sent, keyed with the target's secret. */
export function signBody(secret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A receiver's check of `X-Galley-Signature`, in constant time. */
export function isSignatureValid(
  secret: string,
  body: Uint8Array | string,
  signature: string | undefined,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
