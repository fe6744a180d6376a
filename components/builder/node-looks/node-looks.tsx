import type { ComponentType } from "react";
import type { NodeType } from "@/server/flow/node-catalog";
import type { BuilderContext } from "../builder-context";
import * as icons from "./node-icons";
import { nodeSummaries } from "./node-summaries";

export interface NodeLook {
  icon: ComponentType<{ className?: string }>;
  /** One line about the node's settings ("Warm → Billing"); "" lets the canvas show the type's description. */
  summary(data: Record<string, unknown>, context: BuilderContext): string;
}

/** How each node type looks on the canvas and in the palette. */
export const nodeLooks = {
  start: { icon: icons.StartIcon, summary: nodeSummaries.start },
  message: { icon: icons.MessageIcon, summary: nodeSummaries.message },
  ask: { icon: icons.AskIcon, summary: nodeSummaries.ask },
  understand: { icon: icons.UnderstandIcon, summary: nodeSummaries.understand },
  condition: { icon: icons.ConditionIcon, summary: nodeSummaries.condition },
  set_variable: { icon: icons.SetVariableIcon, summary: nodeSummaries.set_variable },
  rephrase: { icon: icons.RephraseIcon, summary: nodeSummaries.rephrase },
  self_service: { icon: icons.SelfServiceIcon, summary: nodeSummaries.self_service },
  route: { icon: icons.RouteIcon, summary: nodeSummaries.route },
  handoff_warm: { icon: icons.HandoffWarmIcon, summary: nodeSummaries.handoff_warm },
  handoff_cold: { icon: icons.HandoffColdIcon, summary: nodeSummaries.handoff_cold },
  callback: { icon: icons.CallbackIcon, summary: nodeSummaries.callback },
  http_request: { icon: icons.HttpRequestIcon, summary: nodeSummaries.http_request },
  end: { icon: icons.EndIcon, summary: nodeSummaries.end },
} satisfies Record<NodeType, NodeLook>;
