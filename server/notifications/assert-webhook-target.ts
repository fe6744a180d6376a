import "server-only";
import { DomainError } from "../errors";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { checkOutboundUrl } from "../outbound/check-outbound-url";

/** Refuses a receiver URL the outbound guard would never send to (an internal address, as written or as its host resolves now), naming the URL field. */
export async function assertWebhookTarget(url: string, policy: OutboundPolicy): Promise<void> {
  const problem = await checkOutboundUrl(url, policy);
  if (problem) throw new DomainError("BAD_REQUEST", problem, { field: "url" });
}
