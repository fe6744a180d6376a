import type { Executor } from "../executor";
import { enterHandoff } from "./enter-handoff";

export const handoffColdExecutor: Executor<"handoff_cold"> = {
  enter: (node, ctx) => enterHandoff(ctx, node, "COLD", null),
};
