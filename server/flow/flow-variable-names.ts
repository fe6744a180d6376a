import { builtinVariables, customerVariableNames } from "./builtin-variables";
import { definitionOf } from "./flow-graph";
import type { FlowDocument } from "./schema";

/** Every variable a flow can hold: the built-in ones (the customer's among them), those it declares, and those its steps set — sorted. */
export function flowVariableNames(flow: Pick<FlowDocument, "nodes" | "settings">): string[] {
  const names = new Set<string>([...builtinVariables, ...customerVariableNames, ...flow.settings.variables.map((variable) => variable.name)]);
  for (const node of flow.nodes) for (const name of definitionOf(node).writes(node.data)) names.add(name);
  return [...names].sort();
}
