import { flowsRouter } from "./routers/flows";
import { inboxRouter } from "./routers/inbox";
import { membersRouter } from "./routers/members";
import { viewerRouter } from "./routers/viewer";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  members: membersRouter,
  flows: flowsRouter,
  inbox: inboxRouter,
});

export type AppRouter = typeof appRouter;
