import "server-only";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import type { FlowNode } from "../flow/schema";
import type { FlowProblem } from "../flow/validate-flow";
import { TEMPLATE_VARIABLE } from "../flow/template-variable";
import { checkOutboundUrl } from "../outbound/check-outbound-url";

/**
 * HTTP request steps whose host name (written out, no {{variable}} in it)
 * resolves to an internal address now: refused at publish with the reason,
 * rather than failing on every customer. The request checks again when it
 * connects, so a name that changes later is caught there.
 */
export async function httpRequestHostProblems(nodes: FlowNode[], policy: OutboundPolicy): Promise<FlowProblem[]> {
  const problems: FlowProblem[] = [];
  for (const node of nodes) {
    if (node.type !== "http_request") continue;
    const url = node.data.url.trim();
    const host = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? "";
    if (!host || host.includes("{{")) continue;
    const problem = await checkOutboundUrl(url.replace(TEMPLATE_VARIABLE, "x"), policy);
    if (problem) problems.push({ severity: "error", code: "outbound_url", nodeId: node.id, field: "url", message: `"HTTP request" (${node.id}): ${problem}` });
  }
  return problems;
}
