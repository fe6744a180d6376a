import { createHash, randomBytes } from "node:crypto";

/** A customer's bearer token: 256 random bits; only its sha256 is stored. */
export function newCustomerToken(): { token: string; hash: string } {
  const token = `cst_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
