import "server-only";
import { randomBytes } from "node:crypto";

/** A new identity-verification secret: 256 random bits, prefixed so people recognise it in a config file. */
export function generateIdentitySecret(): string {
  return `idsec_${randomBytes(32).toString("base64url")}`;
}
