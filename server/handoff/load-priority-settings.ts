import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { listFlowVariables } from "./list-flow-variables";
import { loadPriorityRules } from "./load-priority-rules";

/** What Settings → Priorities shows: the workspace's rules and the variables its published flows can hold. */
export async function loadPrioritySettings(db: PrismaClient, workspaceId: string) {
  const [{ rules }, variables] = await Promise.all([loadPriorityRules(db, workspaceId), listFlowVariables(db, workspaceId)]);
  return { rules, variables };
}
