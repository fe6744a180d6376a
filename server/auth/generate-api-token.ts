import "server-only";
import { randomBytes } from "node:crypto";
import { hashApiToken } from "./hash-api-token";

/** Every workspace API token starts with this, so people (and secret scanners) recognise one. */
export const API_TOKEN_PREFIX = "tdm_";

/** How much of a token Settings shows to tell tokens apart: `tdm_` and four random characters. */
const SHOWN_LENGTH = 8;

/** A new token (256 random bits), the hash to store and the prefix to show; the token itself is never stored. */
export function generateApiToken() {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_LENGTH) };
}
