import { createHmac } from "node:crypto";

/**
 * The X-Tandem-Signature value: HMAC-SHA256 of "<timestamp>.<body>" with the
 * endpoint's secret. Signing the timestamp too means a captured body cannot
 * be replayed later under a fresh timestamp.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
