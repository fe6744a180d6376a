import "server-only";
import { env } from "../env";
import type { OutboundPolicy } from "../flow/address/outbound-policy";

/** The server's outbound settings (OUTBOUND_ALLOW_PRIVATE, OUTBOUND_ALLOW_CIDRS); public addresses only unless set. */
export function envOutboundPolicy(): OutboundPolicy {
  const { OUTBOUND_ALLOW_PRIVATE, OUTBOUND_ALLOW_CIDRS } = env();
  return { allowPrivate: OUTBOUND_ALLOW_PRIVATE, allowCidrs: OUTBOUND_ALLOW_CIDRS };
}
