import { analyticsRouter } from "./routers/analytics";
import { apiTokensRouter } from "./routers/api-tokens";
import { cannedRepliesRouter } from "./routers/canned-replies";
import { contactsRouter } from "./routers/contacts";
import { flowAnalyticsRouter } from "./routers/flow-analytics";
import { flowsRouter } from "./routers/flows";
import { identityRouter } from "./routers/identity";
import { inboxRouter } from "./routers/inbox";
import { knowledgeBaseRouter } from "./routers/knowledge-base";
import { membersRouter } from "./routers/members";
import { priorityRulesRouter } from "./routers/priority-rules";
import { teamsRouter } from "./routers/teams";
import { viewerRouter } from "./routers/viewer";
import { webhooksRouter } from "./routers/webhooks";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  members: membersRouter,
  teams: teamsRouter,
  priorityRules: priorityRulesRouter,
  flows: flowsRouter,
  inbox: inboxRouter,
  webhooks: webhooksRouter,
  identity: identityRouter,
  contacts: contactsRouter,
  apiTokens: apiTokensRouter,
  cannedReplies: cannedRepliesRouter,
  knowledgeBase: knowledgeBaseRouter,
  analytics: analyticsRouter,
  flowAnalytics: flowAnalyticsRouter,
});

export type AppRouter = typeof appRouter;
