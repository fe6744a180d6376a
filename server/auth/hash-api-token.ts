import "server-only";
import { createHash } from "node:crypto";

/** What the database keeps of an API token: its SHA-256, so a leaked table leaks no usable token. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
