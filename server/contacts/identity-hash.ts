import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** What the host site's server computes: HMAC-SHA256 of the customer's id with the workspace's identity secret, as hex. */
export function identityHash(secret: string, id: string): string {
  return createHmac("sha256", secret).update(id, "utf8").digest("hex");
}

/** Constant-time check of a user hash (hex, either case); anything not 64 hex digits is simply wrong. */
export function identityHashMatches(secret: string, id: string, userHash: string): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(userHash)) return false;
  return timingSafeEqual(Buffer.from(identityHash(secret, id), "hex"), Buffer.from(userHash, "hex"));
}
