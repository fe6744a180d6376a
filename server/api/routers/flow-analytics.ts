import { flowOverlayInputSchema } from "../../analytics/flow-overlay/flow-overlay-schemas";
import { loadFlowOverlay } from "../../analytics/flow-overlay/load-flow-overlay";
import { changeExamplePhrase } from "../../analytics/unrecognised/change-example-phrase";
import { dismissUnrecognised } from "../../analytics/unrecognised/dismiss-unrecognised";
import { listUnrecognised } from "../../analytics/unrecognised/list-unrecognised";
import { addExamplePhraseInputSchema, dismissUnrecognisedInputSchema, listUnrecognisedInputSchema } from "../../analytics/unrecognised/unrecognised-schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The flow measured: the canvas overlay, and what the bot did not understand (teach it, or dismiss). */
export const flowAnalyticsRouter = createTRPCRouter({
  overlay: adminProcedure.input(flowOverlayInputSchema).query(({ ctx, input }) => loadFlowOverlay(ctx.db, ctx.viewer.workspaceId, input, new Date())),
  unrecognised: adminProcedure
    .input(listUnrecognisedInputSchema)
    .query(({ ctx, input }) => listUnrecognised(ctx.db, ctx.viewer.workspaceId, input, new Date())),
  addExample: adminProcedure
    .input(addExamplePhraseInputSchema)
    .mutation(({ ctx, input }) => changeExamplePhrase(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId, "add")),
  removeExample: adminProcedure
    .input(addExamplePhraseInputSchema)
    .mutation(({ ctx, input }) => changeExamplePhrase(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId, "remove")),
  dismiss: adminProcedure
    .input(dismissUnrecognisedInputSchema)
    .mutation(({ ctx, input }) => dismissUnrecognised(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId, true)),
  restore: adminProcedure
    .input(dismissUnrecognisedInputSchema)
    .mutation(({ ctx, input }) => dismissUnrecognised(ctx.db, ctx.viewer.workspaceId, input, ctx.viewer.userId, false)),
});
