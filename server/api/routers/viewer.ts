import { loadSignInNotice } from "../../auth/load-sign-in-notice";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const viewerRouter = createTRPCRouter({
  /** Who am I, in which workspace, with which role. */
  me: protectedProcedure.query(({ ctx }) => ctx.viewer),
  /** Failed sign-ins as me since my previous sign-in, if any. */
  signInNotice: protectedProcedure.query(({ ctx }) => loadSignInNotice(ctx.db, ctx.viewer.email)),
});
