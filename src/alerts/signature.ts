import { createHmac, timingSafeEqual } from 'node:crypto';

// X-Newsgraph-Signature: sha256=<hex HMAC-SHA256 of the raw body under the webhook's secret>. A receiver computes
// the same over the bytes it got and compares in constant time (verifySignature does, for receivers in Node).

export const SIGNATURE_HEADER = 'x-newsgraph-signature';
export const EVENT_HEADER = 'x-newsgraph-event';
export const DELIVERY_HEADER = 'x-newsgraph-delivery';

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
