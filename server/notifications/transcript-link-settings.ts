import "server-only";
import { envSchema, parseEnvWith } from "../env-schema";

export interface TranscriptLinkSettings {
  /** Signs the links (through HKDF, never used as it is). */
  authSecret: string;
  /** Where receivers reach the app: links start with it. */
  appUrl: string;
  days: number;
}

const linkEnvSchema = envSchema.pick({ AUTH_SECRET: true, APP_URL: true, TRANSCRIPT_LINK_DAYS: true });

let cached: TranscriptLinkSettings | undefined;

/** From the environment, once per process (throws naming the bad variable). */
export function transcriptLinkSettings(): TranscriptLinkSettings {
  if (cached) return cached;
  const env = parseEnvWith(linkEnvSchema, process.env);
  cached = { authSecret: env.AUTH_SECRET, appUrl: env.APP_URL.replace(/\/+$/, ""), days: env.TRANSCRIPT_LINK_DAYS };
  return cached;
}
