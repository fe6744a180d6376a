import "server-only";
import { envSchema, parseEnvWith } from "../env-schema";
import type { OutboundPolicy } from "../flow/address/outbound-policy";

// Only the outbound settings: publishing a flow from the CLI (db:seed) must not need AUTH_SECRET.
const outboundEnv = envSchema.pick({ OUTBOUND_ALLOW_PRIVATE: true, OUTBOUND_ALLOW_CIDRS: true });
let cached: OutboundPolicy | undefined;

/** The server's outbound settings (OUTBOUND_ALLOW_PRIVATE, OUTBOUND_ALLOW_CIDRS); public addresses only unless set. */
export function envOutboundPolicy(): OutboundPolicy {
  if (cached) return cached;
  const { OUTBOUND_ALLOW_PRIVATE, OUTBOUND_ALLOW_CIDRS } = parseEnvWith(outboundEnv, {
    OUTBOUND_ALLOW_PRIVATE: process.env.OUTBOUND_ALLOW_PRIVATE,
    OUTBOUND_ALLOW_CIDRS: process.env.OUTBOUND_ALLOW_CIDRS,
  });
  cached = { allowPrivate: OUTBOUND_ALLOW_PRIVATE, allowCidrs: OUTBOUND_ALLOW_CIDRS };
  return cached;
}
