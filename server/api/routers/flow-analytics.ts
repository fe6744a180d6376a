import { flowOverlayInputSchema } from "../../analytics/flow-overlay/flow-overlay-schemas";
import { loadFlowOverlay } from "../../analytics/flow-overlay/load-flow-overlay";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The flow measured: the canvas overlay and what the bot did not understand. */
export const flowAnalyticsRouter = createTRPCRouter({
  overlay: adminProcedure.input(flowOverlayInputSchema).query(({ ctx, input }) => loadFlowOverlay(ctx.db, ctx.viewer.workspaceId, input, new Date())),
});
