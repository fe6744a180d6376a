import { membersRouter } from "./routers/members";
import { viewerRouter } from "./routers/viewer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  members: membersRouter,
});

export type AppRouter = typeof appRouter;
