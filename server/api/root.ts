import { flowsRouter } from "./routers/flows";
import { membersRouter } from "./routers/members";
import { viewerRouter } from "./routers/viewer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  members: membersRouter,
  flows: flowsRouter,
});

export type AppRouter = typeof appRouter;
