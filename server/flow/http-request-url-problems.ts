import { outboundUrlProblem } from "./address/outbound-url-problem";
import { PUBLIC_ONLY, type OutboundPolicy } from "./address/outbound-policy";
import { definitionOf } from "./flow-graph";
import type { FlowNode } from "./schema";
import { TEMPLATE_VARIABLE } from "./template-variable";
import type { FlowProblem } from "./validate-flow";

/**
 * HTTP request steps whose URL could never be called: not http(s), a
 * password in it, an internal address or localhost written as its host
 * (under the server's policy), or a host left wholly to a variable —
 * values are URL-encoded, so they fill paths and queries, not the address.
 */
export function httpRequestUrlProblems(nodes: FlowNode[], policy: OutboundPolicy = PUBLIC_ONLY): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const node of nodes) {
    if (node.type !== "http_request") continue;
    const template = node.data.url.trim();
    // The host as written, without its {{variables}} (whose fallbacks may hold ":" or "/").
    const host = /^https?:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)/i.exec(template.replace(TEMPLATE_VARIABLE, ""))?.[1];
    // A stand-in for each {{value}}: what the admin wrote is what is judged.
    const problem =
      host !== undefined && !/[a-z0-9]/i.test(host)
        ? "Write the host out in the URL (https://api.example.com/…): values from {{variables}} are URL-encoded, so they fill its path or query, not the address."
        : outboundUrlProblem(template.replace(TEMPLATE_VARIABLE, "x"), policy);
    if (problem) {
      problems.push({
        severity: "error",
        code: "outbound_url",
        nodeId: node.id,
        field: "url",
        message: `"${definitionOf(node).label}" (${node.id}): ${problem}`,
      });
    }
  }
  return problems;
}
