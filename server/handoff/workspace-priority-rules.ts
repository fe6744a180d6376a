import "server-only";
import type { Runtime } from "../runtime/runtime";
import { loadPriorityRules } from "./load-priority-rules";
import type { PriorityRule } from "./priority-rule-schemas";

/** Rules change rarely and every handoff reads them: kept per process this long (a save on this instance clears it at once). */
const TTL_MS = 10_000;

export const priorityRulesCacheKey = (workspaceId: string) => `priority-rules:${workspaceId}`;

/** The workspace's priority rules as a handoff applies them: cached briefly, skipped rules logged. */
export function workspacePriorityRules(runtime: Runtime, workspaceId: string): Promise<PriorityRule[]> {
  return runtime.cache.get(priorityRulesCacheKey(workspaceId), TTL_MS, async () => {
    const { rules, skipped } = await loadPriorityRules(runtime.db, workspaceId);
    if (skipped > 0) runtime.log("error", "priority rules that no longer parse were skipped", { workspaceId, skipped });
    return rules;
  });
}
