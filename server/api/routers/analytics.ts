import { analyticsFilterSchema } from "../../analytics/analytics-schemas";
import { listAnalyticsOptions } from "../../analytics/list-analytics-options";
import { loadAnalytics } from "../../analytics/load-analytics";
import { createTRPCRouter, protectedProcedure, runtimeProcedure } from "../trpc";

/** The dashboard (admins: the workspace; agents: their own teams). */
export const analyticsRouter = createTRPCRouter({
  summary: runtimeProcedure.input(analyticsFilterSchema).query(({ ctx, input }) => loadAnalytics(ctx.db, ctx.viewer, input, ctx.runtime.now())),
  options: protectedProcedure.query(({ ctx }) => listAnalyticsOptions(ctx.db, ctx.viewer)),
});
