import type { OutboundPolicy } from "./address/outbound-policy";
import { definitionOf, isEntry, portsOf, reachOf } from "./flow-graph";
import { httpRequestUrlProblems } from "./http-request-url-problems";
import { flowVariableNames } from "./flow-variable-names";
import type { FlowDocument, FlowNode } from "./schema";
import { TEMPLATE_VARIABLE } from "./template-variable";

export interface FlowProblem {
  severity: "error" | "warning";
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** For a node setting that fails its schema: the field's path in the node's data (e.g. `intents.0.name`). */
  field?: string;
}

export interface ValidateOptions {
  /** The workspace's teams, to check the ids handoffs and routes name. */
  teamIds?: string[];
  /** The workspace's knowledge-base articles, to warn about Self-service steps whose ticked articles were deleted or are drafts. */
  articles?: { id: string; published: boolean }[];
  /** The server's outbound settings, for HTTP request URLs; unset: public addresses only. */
  outbound?: OutboundPolicy;
}

const label = (node: FlowNode) => `"${definitionOf(node).label}" (${node.id})`;

/**
 * Checks a flow before it may be published (and live in the editor). Pure.
 * Errors block publishing; warnings do not. Every message says what to do.
 */
export function validateFlow(flow: FlowDocument, options: ValidateOptions = {}): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const nodes = new Map<string, FlowNode>();
  for (const node of flow.nodes) {
    if (nodes.has(node.id)) problems.push({ severity: "error", code: "duplicate_node", nodeId: node.id, message: `Two nodes share the id ${node.id}.` });
    nodes.set(node.id, node);
  }

  const starts = flow.nodes.filter(isEntry);
  if (starts.length !== 1) {
    problems.push({
      severity: "error",
      code: starts.length === 0 ? "no_start" : "many_starts",
      nodeId: starts[1]?.id,
      message: starts.length === 0 ? "The flow needs a Start node." : "A flow has exactly one Start node; delete the extra one.",
    });
  }

  // Edges: both ends exist, the port exists, one edge per port.
  const outgoing = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const edge of flow.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) {
      problems.push({
        severity: "error",
        code: "dangling_edge",
        edgeId: edge.id,
        nodeId: source?.id ?? target?.id,
        message: "A connection points to a node that no longer exists; delete it.",
      });
      continue;
    }
    if (!portsOf(source).some((port) => port.id === edge.sourceHandle)) {
      problems.push({
        severity: "error",
        code: "unknown_port",
        edgeId: edge.id,
        nodeId: source.id,
        message: `${label(source)} has no "${edge.sourceHandle}" exit any more; reconnect or delete that connection.`,
      });
      continue;
    }
    const key = `${edge.source}:${edge.sourceHandle}`;
    if (taken.has(key)) {
      problems.push({
        severity: "error",
        code: "duplicate_edge",
        edgeId: edge.id,
        nodeId: source.id,
        message: `${label(source)}'s "${edge.sourceHandle}" exit has two connections; keep one.`,
      });
      continue;
    }
    taken.add(key);
    outgoing.set(source.id, [...(outgoing.get(source.id) ?? []), target.id]);
  }

  // Every required exit continues somewhere: otherwise that path is a dead end for the customer.
  for (const node of flow.nodes) {
    for (const port of portsOf(node)) {
      if (port.required && !taken.has(`${node.id}:${port.id}`)) {
        problems.push({
          severity: "error",
          code: "unconnected_port",
          nodeId: node.id,
          message: `${label(node)}: connect its "${port.label}" exit to a next step${port.hint ? ` — ${port.hint}.` : "."}`,
        });
      }
    }
  }

  // Handoffs, callbacks and routes need teams.
  const hasRoute = flow.nodes.some((node) => reachOf(node)?.via === "route");
  const knownTeams = options.teamIds ? new Set(options.teamIds) : null;
  for (const node of flow.nodes) {
    for (const teamId of definitionOf(node).teams(node.data)) {
      if (!teamId) {
        const via = reachOf(node)?.via;
        if (via === "route") {
          problems.push({
            severity: "error",
            code: "route_without_team",
            nodeId: node.id,
            message: `${label(node)}: choose a team for every rule and for the default exit.`,
          });
        } else if (via === "handoff" && !hasRoute) {
          problems.push({
            severity: "error",
            code: "handoff_without_team",
            nodeId: node.id,
            message: `${label(node)}: choose the team to hand off to (or add a Route node before it).`,
          });
        }
      } else if (knownTeams && !knownTeams.has(teamId)) {
        problems.push({
          severity: "error",
          code: "unknown_team",
          nodeId: node.id,
          message: `${label(node)} names a team that no longer exists; choose another.`,
        });
      }
    }
  }

  // HTTP request steps that could only ever be refused.
  problems.push(...httpRequestUrlProblems(flow.nodes, options.outbound));

  // Self-service steps limited to articles the bot can no longer use.
  if (options.articles) problems.push(...unavailableArticles(flow.nodes, options.articles));

  // Cycles the bot could run forever without waiting for the customer.
  for (const cycle of cyclesWithoutWaiting(flow.nodes, outgoing)) {
    problems.push({
      severity: "error",
      code: "spinning_cycle",
      nodeId: cycle[0],
      message: `These steps loop without waiting for the customer: ${cycle.join(" → ")}. Put a question (Ask, Understand…) in the loop.`,
    });
  }

  // Escalation triggers point at real nodes.
  const escalation = flow.settings.escalation;
  const targets: [string, string | null][] = [
    ["the default escalation", escalation.defaultTargetNodeId],
    ["the 'talk to a person' trigger", escalation.explicitRequest.targetNodeId],
    ["the sentiment trigger", escalation.sentiment.targetNodeId],
    ["the low-confidence trigger", escalation.lowConfidence.targetNodeId],
    ["the repetition trigger", escalation.repeated.targetNodeId],
    ["the repeat-contact trigger", escalation.repeatContact.targetNodeId],
    ["the new-customer trigger", escalation.newCustomer.targetNodeId],
    ...escalation.topics.map((topic): [string, string | null] => [`the topic rule "${topic.id}"`, topic.targetNodeId]),
  ];
  for (const [what, target] of targets) {
    if (target && !nodes.has(target))
      problems.push({ severity: "error", code: "unknown_trigger_target", message: `${what} leads to node ${target}, which does not exist.` });
  }
  const hasEscalationTarget =
    escalation.defaultTargetNodeId ||
    escalation.explicitRequest.targetNodeId ||
    flow.nodes.some((node) => reachOf(node)?.via === "route" || reachOf(node)?.via === "handoff");
  if (!hasEscalationTarget) {
    problems.push({
      severity: "warning",
      code: "no_human_path",
      message: "Nothing in this flow reaches a person: customers who ask for one will get the closing message.",
    });
  }

  // Unreachable nodes.
  const start = starts[0];
  if (start) {
    const reachable = new Set<string>([start.id]);
    for (const target of targets.map(([, id]) => id)) if (target && nodes.has(target)) reachable.add(target);
    const queue = [...reachable];
    while (queue.length) {
      for (const next of outgoing.get(queue.pop()!) ?? []) {
        if (!reachable.has(next)) {
          reachable.add(next);
          queue.push(next);
        }
      }
    }
    for (const node of flow.nodes) {
      if (!reachable.has(node.id))
        problems.push({
          severity: "warning",
          code: "unreachable",
          nodeId: node.id,
          message: `${label(node)} can't be reached from Start; connect it or delete it.`,
        });
    }
  }

  // {{variables}} that nothing sets.
  const known = new Set(flowVariableNames(flow));
  for (const node of flow.nodes) {
    for (const text of definitionOf(node).texts(node.data)) {
      for (const [, name] of text.matchAll(TEMPLATE_VARIABLE)) {
        // customer.<attribute> comes from the host site at run time: nothing in the flow sets it.
        if (!known.has(name!) && !name!.startsWith("customer."))
          problems.push({
            severity: "warning",
            code: "unknown_variable",
            nodeId: node.id,
            message: `${label(node)} uses {{${name}}}, which nothing sets; declare it or fix the name.`,
          });
      }
    }
  }
  return problems;
}

/** Strongly connected groups of non-waiting nodes that contain a cycle (Tarjan). */
function cyclesWithoutWaiting(nodes: FlowNode[], outgoing: Map<string, string[]>): string[][] {
  const eligible = new Set(nodes.filter((node) => !definitionOf(node).waits).map((node) => node.id));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (id: string) => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of outgoing.get(id) ?? []) {
      if (!eligible.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
    }
    if (low.get(id) === index.get(id)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== id);
      const selfLoop = (outgoing.get(id) ?? []).includes(id);
      if (group.length > 1 || selfLoop) cycles.push(group.reverse());
    }
  };
  for (const id of eligible) if (!index.has(id)) visit(id);
  return cycles;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Ticked articles that were deleted or unpublished: the runtime skips them
 * (warnings, not errors — publishing stays possible), and a step left with
 * none of its articles always takes "No article".
 */
function unavailableArticles(nodes: FlowNode[], articles: { id: string; published: boolean }[]): FlowProblem[] {
  const published = new Map(articles.map((article) => [article.id, article.published]));
  const problems: FlowProblem[] = [];
  for (const node of nodes) {
    const ticked = definitionOf(node).articles(node.data);
    if (ticked.length === 0) continue;
    const deleted = ticked.filter((id) => !published.has(id)).length;
    const drafts = ticked.filter((id) => published.get(id) === false).length;
    if (deleted + drafts === 0) continue;
    const why = [deleted ? `${count(deleted, "was", "were")} deleted` : null, drafts ? `${count(drafts, "is a draft", "are drafts")}` : null]
      .filter(Boolean)
      .join(" and ");
    const none = deleted + drafts === ticked.length;
    problems.push({
      severity: "warning",
      code: none ? "no_usable_article" : "unavailable_article",
      nodeId: node.id,
      message: none
        ? `${label(node)}: of its ticked articles, ${why}, so it always takes its "No article" exit. Tick published articles, or untick all to search the whole knowledge base.`
        : `${label(node)}: of its ticked articles, ${why}; the bot skips ${deleted + drafts === 1 ? "it" : "them"}. Untick ${deleted + drafts === 1 ? "it" : "them"} or publish the draft.`,
    });
  }
  return problems;
}
