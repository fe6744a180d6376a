-- Conversation counts of team and agent conversations (issue 15): AnalyticsRollup's figures per quarter hour, flow, version and
-- channel, also grouped by the conversation's teams (the team it was routed to and every handoff's team, sorted) and agents
-- (every handoff's accepting agent, sorted), for conversations with a team or an agent. A team or agent filter is then a
-- condition on those arrays (overlap, containment), exactly the live one. Written and dropped with AnalyticsRollup.
CREATE TABLE "AnalyticsMemberRollup" (
  "workspaceId" TEXT NOT NULL,
  "bucket" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "teamIds" TEXT[] NOT NULL,
  "agentIds" TEXT[] NOT NULL,
  "started" INTEGER NOT NULL,
  "escalated" INTEGER NOT NULL,
  "contained" INTEGER NOT NULL,
  "abandoned" INTEGER NOT NULL,
  "rated" INTEGER NOT NULL,
  "ratingSum" INTEGER NOT NULL,
  "botOnlyRated" INTEGER NOT NULL,
  "botOnlyRatingSum" INTEGER NOT NULL,
  "withPersonRated" INTEGER NOT NULL,
  "withPersonRatingSum" INTEGER NOT NULL,
  "rated1" INTEGER NOT NULL,
  "rated2" INTEGER NOT NULL,
  "rated3" INTEGER NOT NULL,
  "rated4" INTEGER NOT NULL,
  "rated5" INTEGER NOT NULL,
  "callbacksBooked" INTEGER NOT NULL,
  "callbacksDone" INTEGER NOT NULL,
  "callbacksMissed" INTEGER NOT NULL,
  "callbacksPending" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsMemberRollup_pkey" PRIMARY KEY ("workspaceId", "bucket", "flowId", "flowVersionId", "channel", "teamIds", "agentIds")
);

ALTER TABLE "AnalyticsMemberRollup" ADD CONSTRAINT "AnalyticsMemberRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The team a conversation is routed to now decides rolled-up figures too (only when it changes: not on every turn's save).
DROP TRIGGER "Conversation_analytics_rollup_update" ON "Conversation";
CREATE TRIGGER "Conversation_analytics_rollup_update" AFTER UPDATE OF "status", "rating", "createdAt", "flowId", "flowVersionId", "channel", "customerEmail", "variables", "teamId" ON "Conversation"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."rating" IS DISTINCT FROM NEW."rating" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
        OR OLD."flowId" IS DISTINCT FROM NEW."flowId" OR OLD."flowVersionId" IS DISTINCT FROM NEW."flowVersionId" OR OLD."channel" IS DISTINCT FROM NEW."channel"
        OR OLD."customerEmail" IS DISTINCT FROM NEW."customerEmail" OR (OLD."variables"->>'email') IS DISTINCT FROM (NEW."variables"->>'email')
        OR OLD."teamId" IS DISTINCT FROM NEW."teamId")
  EXECUTE FUNCTION analytics_rollup_conversation_changed();

-- Days rolled up before this have no member rows: redo them.
INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day") SELECT "workspaceId", "day" FROM "AnalyticsRollupDay" WHERE "rolledAt" IS NOT NULL ON CONFLICT DO NOTHING;
