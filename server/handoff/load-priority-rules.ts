import "server-only";
import { DomainError } from "../errors";
import { priorityRulesSchema, type PriorityRule } from "./priority-rule-schemas";
import type { DbClient } from "../db/db-client";

/**
 * The workspace's priority rules, parsed. Rules stored by an older build that
 * no longer parse are skipped one by one (and said so in `skipped`), never
 * allowed to stop a handoff.
 */
export async function loadPriorityRules(db: DbClient, workspaceId: string): Promise<{ rules: PriorityRule[]; skipped: number }> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { priorityRules: true } });
  if (!workspace) throw new DomainError("NOT_FOUND", "This workspace does not exist.");
  const stored = Array.isArray(workspace.priorityRules) ? workspace.priorityRules : [];
  const whole = priorityRulesSchema.safeParse(stored);
  if (whole.success) return { rules: whole.data, skipped: 0 };
  const rules = stored.flatMap((rule) => {
    const one = priorityRulesSchema.safeParse([rule]);
    return one.success ? one.data : [];
  });
  return { rules, skipped: stored.length - rules.length };
}
