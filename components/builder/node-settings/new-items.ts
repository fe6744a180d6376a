import type { NodeData } from "@/server/flow/node-catalog";
import { derivePortId } from "./derive-port-id";

type Intent = NodeData<"understand">["intents"][number];
type RouteRule = NodeData<"route">["rules"][number];
type Choice = NodeData<"ask">["choices"][number];

/** A new intent, its exit id derived from the name once (connections attach to the id). */
export function newIntent(name: string, intents: readonly Intent[]): Intent {
  return {
    id: derivePortId(name, ["low_confidence", ...intents.map((intent) => intent.id)], "intent"),
    name: name.slice(0, 60),
    examples: [],
    translations: [],
  };
}

/** A new route rule, its exit id derived from its name once; "default" is the node's own exit. */
export function newRouteRule(label: string, rules: readonly RouteRule[]): RouteRule {
  const id = derivePortId(label, ["default", ...rules.map((rule) => rule.id)], "rule");
  return { id, label: label.slice(0, 60), intent: "", language: "", variable: "", operator: "equals", value: "", teamId: "" };
}

/** A new button of an Ask node. */
export function newChoice(label: string, choices: readonly Choice[]): Choice {
  return {
    id: derivePortId(
      label,
      choices.map((choice) => choice.id),
      "choice",
    ),
    label: label.slice(0, 80),
  };
}
