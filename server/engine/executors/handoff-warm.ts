import type { Executor } from "../executor";
import { enterHandoff } from "./enter-handoff";

export const handoffWarmExecutor: Executor<"handoff_warm"> = {
  enter: (node, ctx) => enterHandoff(ctx, node, "WARM", node.data.introduction),
};
