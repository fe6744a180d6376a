import type { NodeDefinition } from "./define-node";
import { askNode } from "./nodes/ask";
import { callbackNode } from "./nodes/callback";
import { conditionNode } from "./nodes/condition";
import { endNode } from "./nodes/end";
import { handoffColdNode } from "./nodes/handoff-cold";
import { handoffWarmNode } from "./nodes/handoff-warm";
import { httpRequestNode } from "./nodes/http-request";
import { messageNode } from "./nodes/message";
import { rephraseNode } from "./nodes/rephrase";
import { routeNode } from "./nodes/route";
import { selfServiceNode } from "./nodes/self-service";
import { setVariableNode } from "./nodes/set-variable";
import { startNode } from "./nodes/start";
import { understandNode } from "./nodes/understand";

/**
 * Every node type. The order is meaningful: the palette lists each group's
 * types in it, and an escalation that names no node prefers the earlier of
 * two types that reach a person the same way (a warm handoff over a cold one).
 */
export const nodeTypes = [
  "start",
  "message",
  "ask",
  "understand",
  "condition",
  "set_variable",
  "rephrase",
  "self_service",
  "route",
  "handoff_warm",
  "handoff_cold",
  "callback",
  "http_request",
  "end",
] as const;

export type NodeType = (typeof nodeTypes)[number];

export const isNodeType = (value: unknown): value is NodeType => (nodeTypes as readonly unknown[]).includes(value);

/**
 * Every node type's definition, in one exhaustive map: a type missing here
 * (or in the engine's executor map, or the builder's look, summary and
 * settings maps) does not compile. Code elsewhere asks the definition
 * (`reachesPerson`, `entry`, …) instead of testing the type's name.
 */
export const nodeCatalog = {
  start: startNode,
  message: messageNode,
  ask: askNode,
  understand: understandNode,
  condition: conditionNode,
  set_variable: setVariableNode,
  rephrase: rephraseNode,
  self_service: selfServiceNode,
  route: routeNode,
  handoff_warm: handoffWarmNode,
  handoff_cold: handoffColdNode,
  callback: callbackNode,
  http_request: httpRequestNode,
  end: endNode,
} satisfies Record<NodeType, NodeDefinition<unknown>>;

export type NodeData<T extends NodeType> = ReturnType<(typeof nodeCatalog)[T]["data"]["parse"]>;
