import type { NodeType } from "../flow/node-catalog";
import type { FlowNodeOf } from "../flow/schema";
import type { WaitStep } from "./engine-state";
import type { TurnContext } from "./turn-context";
import type { CustomerAnswer, Step } from "./turn-types";

/** How the engine runs one node type: on arrival, and (for waiting nodes) on the customer's reply. */
export interface Executor<T extends NodeType> {
  enter(node: FlowNodeOf<T>, ctx: TurnContext): Promise<Step>;
  receive?(node: FlowNodeOf<T>, ctx: TurnContext, answer: CustomerAnswer, step: WaitStep): Promise<Step>;
}
