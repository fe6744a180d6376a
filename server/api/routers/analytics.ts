import { analyticsFilterSchema } from "../../analytics/analytics-schemas";
import { listAnalyticsOptions } from "../../analytics/list-analytics-options";
import { loadAnalytics } from "../../analytics/load-analytics";
import { publicApi } from "../rest/public-api";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** The dashboard (admins: the workspace; agents: their own teams). */
export const analyticsRouter = createTRPCRouter({
  summary: protectedProcedure
    .input(analyticsFilterSchema)
    .query(async ({ ctx, input }) => loadAnalytics(ctx.db, ctx.viewer, input, (await publicApi()).runtime.now())),
  options: protectedProcedure.query(({ ctx }) => listAnalyticsOptions(ctx.db, ctx.viewer)),
});
