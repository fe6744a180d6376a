import { loadPrioritySettings } from "../../handoff/load-priority-settings";
import { savePriorityRulesInputSchema } from "../../handoff/priority-rule-schemas";
import { savePriorityRules } from "../../handoff/save-priority-rules";
import { publicApi } from "../rest/public-api";
import { adminProcedure, createTRPCRouter, type TrpcContext } from "../trpc";

/** The process's runtime on this request's database: a save clears the process's cached rules. */
const runtimeFor = async (ctx: TrpcContext) => ({ ...(await publicApi()).runtime, db: ctx.db });

/** Settings → Priorities: the rules that order every queue. Admins only. */
export const priorityRulesRouter = createTRPCRouter({
  get: adminProcedure.query(({ ctx }) => loadPrioritySettings(ctx.db, ctx.viewer.workspaceId)),
  save: adminProcedure
    .input(savePriorityRulesInputSchema)
    .mutation(async ({ ctx, input }) => savePriorityRules(await runtimeFor(ctx), ctx.viewer.workspaceId, input)),
});
