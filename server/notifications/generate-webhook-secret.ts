import "server-only";
import { randomBytes } from "node:crypto";

/** A new signing secret: 256 random bits, prefixed so people recognise it in a config file. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
