import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { SavePriorityRulesInput } from "./priority-rule-schemas";
import { priorityRulesCacheKey } from "./workspace-priority-rules";

/**
 * Replaces the workspace's priority rules (already validated by the router's
 * schema). They apply to conversations that join a queue from now on; those
 * waiting keep their place.
 */
export async function savePriorityRules(runtime: Runtime, workspaceId: string, input: SavePriorityRulesInput) {
  await runtime.db.workspace.update({ where: { id: workspaceId }, data: { priorityRules: input.rules } });
  runtime.cache.delete(priorityRulesCacheKey(workspaceId));
  return { rules: input.rules };
}
