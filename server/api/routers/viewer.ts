import { createTRPCRouter, protectedProcedure } from "../trpc";

export const viewerRouter = createTRPCRouter({
  /** Who am I, in which workspace, with which role. */
  me: protectedProcedure.query(({ ctx }) => ctx.viewer),
});
