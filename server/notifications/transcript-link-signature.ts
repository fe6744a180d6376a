import { createHmac, hkdfSync } from "node:crypto";

const keys = new Map<string, Buffer>();

/**
 * The `sig` of a transcript link: HMAC-SHA256 of "<conversationId>.<expires>"
 * (expires in Unix seconds), base64url. The key is derived from AUTH_SECRET
 * with HKDF under its own label, so a link signature can never stand for a
 * session cookie's (or the other way round), and rotating AUTH_SECRET voids
 * every link at once.
 */
export function transcriptLinkSignature(authSecret: string, conversationId: string, expires: number): string {
  let key = keys.get(authSecret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", authSecret, "tandem", "transcript-link/v1", 32));
    keys.set(authSecret, key);
  }
  return createHmac("sha256", key).update(`${conversationId}.${expires}`).digest("base64url");
}
