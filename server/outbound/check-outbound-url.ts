import "server-only";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { outboundUrlProblem } from "../flow/address/outbound-url-problem";
import { resolveAllowed, systemResolver, type Resolver } from "./guarded-lookup";
import { OutboundRefused } from "./outbound-refused";

/**
 * Why `url` cannot be saved as an outbound target, or null: its text, then
 * what its host resolves to now. A name that does not resolve yet may be
 * saved (DNS may come later); every request checks again when it connects.
 */
export async function checkOutboundUrl(url: string, policy: OutboundPolicy, resolve: Resolver = systemResolver): Promise<string | null> {
  const problem = outboundUrlProblem(url, policy);
  if (problem || policy.allowPrivate) return problem;
  const host = new URL(url).hostname;
  if (host.startsWith("[") || /^[\d.]+$/.test(host)) return null;
  try {
    await resolveAllowed(host, policy, resolve);
    return null;
  } catch (error) {
    return error instanceof OutboundRefused ? error.message : null;
  }
}
