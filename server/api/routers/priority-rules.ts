import { loadPrioritySettings } from "../../handoff/load-priority-settings";
import { savePriorityRulesInputSchema } from "../../handoff/priority-rule-schemas";
import { savePriorityRules } from "../../handoff/save-priority-rules";
import { adminProcedure, adminRuntimeProcedure, createTRPCRouter } from "../trpc";

/** Settings → Priorities: the rules that order every queue. Admins only. */
export const priorityRulesRouter = createTRPCRouter({
  get: adminProcedure.query(({ ctx }) => loadPrioritySettings(ctx.db, ctx.viewer.workspaceId)),
  save: adminRuntimeProcedure.input(savePriorityRulesInputSchema).mutation(({ ctx, input }) => savePriorityRules(ctx.runtime, ctx.viewer.workspaceId, input)),
});
