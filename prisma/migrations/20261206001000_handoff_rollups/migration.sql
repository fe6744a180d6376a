-- Handoff-level analytics rollups (issue 15), written with the conversation rollups for each closed UTC day (the day its
-- conversations started) by the analytics-rollups sweep, and trusted only while that day is rolled up and not dirty. They are
-- read only for whole UTC days inside the period: the partial days at a period's ends in the workspace's time zone stay live.

-- Handoff counts per day, flow, version, channel, team and accepting agent ('' for none): the same expressions as the live
-- handoff figures (time-to-a-person buckets, outcomes, what followed "no agent"), summed.
CREATE TABLE "AnalyticsHandoffFigureRollup" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "teamId" TEXT NOT NULL,
  "agentId" TEXT NOT NULL,
  "handoffs" INTEGER NOT NULL,
  "accepted" INTEGER NOT NULL,
  "waitUnder1m" INTEGER NOT NULL,
  "wait1to5m" INTEGER NOT NULL,
  "wait5to15m" INTEGER NOT NULL,
  "wait15to60m" INTEGER NOT NULL,
  "waitOver60m" INTEGER NOT NULL,
  "abandoned" INTEGER NOT NULL,
  "noAgent" INTEGER NOT NULL,
  "noAgentCallback" INTEGER NOT NULL,
  "noAgentMessage" INTEGER NOT NULL,
  "replied" INTEGER NOT NULL,
  "resolved" INTEGER NOT NULL,
  "finished" INTEGER NOT NULL,
  "handedBack" INTEGER NOT NULL,
  "transferred" INTEGER NOT NULL,
  -- Handle times (accept to resolution) of accepted handoffs: how many and their exact sum in seconds (the average).
  "handleCount" INTEGER NOT NULL,
  "handleSum" NUMERIC NOT NULL,
  CONSTRAINT "AnalyticsHandoffFigureRollup_pkey" PRIMARY KEY ("workspaceId", "day", "flowId", "flowVersionId", "channel", "teamId", "agentId")
);

-- Exact value counts (value -> how many) per day and the same groups, for medians and percentiles equal to the live ones:
-- metric 'wait', 'firstReply', 'handle' (seconds, as double precision, as percentile_cont reads them), 'teamRating' and
-- 'agentRating' (a rated conversation counted once per team or agent that accepted one of its handoffs).
CREATE TABLE "AnalyticsHandoffValueRollup" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "teamId" TEXT NOT NULL,
  "agentId" TEXT NOT NULL,
  "metric" TEXT NOT NULL,
  "value" DOUBLE PRECISION NOT NULL,
  "n" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsHandoffValueRollup_pkey" PRIMARY KEY ("workspaceId", "day", "metric", "flowId", "flowVersionId", "channel", "teamId", "agentId", "value")
);

-- Escalated conversations with a known customer (e-mail, lower-cased), for repeat escalations: when each started and first asked,
-- and the latest start of another escalated conversation of the same customer that first asked in the 7 days before (null: none).
-- The live rule counts only those started inside the measured range, so a period tests earlierStartedAt against its start.
CREATE TABLE "AnalyticsEscalationRollup" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "conversationId" TEXT NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "customer" TEXT NOT NULL,
  "startedAt" TIMESTAMP(3) NOT NULL,
  "firstAt" TIMESTAMP(3) NOT NULL,
  "earlierStartedAt" TIMESTAMP(3),
  CONSTRAINT "AnalyticsEscalationRollup_pkey" PRIMARY KEY ("workspaceId", "day", "conversationId")
);

-- A customer's escalations in time order: the live repeat check of today's escalations, and the days a change redoes.
CREATE INDEX "AnalyticsEscalationRollup_customer_idx" ON "AnalyticsEscalationRollup"("workspaceId", "customer", "firstAt");
-- The repeats among them (a few of all escalations), read by the dashboard without scanning the rest.
CREATE INDEX "AnalyticsEscalationRollup_repeat_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierStartedAt") WHERE "earlierStartedAt" IS NOT NULL;

-- Handoffs per day, reason and asking node ('' for none): the breakdowns' whole days, ~60 rows a day where the quarter-hour
-- "AnalyticsHandoffRollup" has about one row per handoff.
CREATE TABLE "AnalyticsHandoffReasonRollup" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "reason" "HandoffReason" NOT NULL,
  "nodeId" TEXT NOT NULL,
  "handoffs" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsHandoffReasonRollup_pkey" PRIMARY KEY ("workspaceId", "day", "flowId", "flowVersionId", "channel", "reason", "nodeId")
);
ALTER TABLE "AnalyticsHandoffReasonRollup" ADD CONSTRAINT "AnalyticsHandoffReasonRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "AnalyticsHandoffFigureRollup" ADD CONSTRAINT "AnalyticsHandoffFigureRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsHandoffValueRollup" ADD CONSTRAINT "AnalyticsHandoffValueRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsEscalationRollup" ADD CONSTRAINT "AnalyticsEscalationRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Days rolled up before these tables existed are redone (their handoff rollups are missing).
INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day") SELECT "workspaceId", "day" FROM "AnalyticsRollupDay" WHERE "rolledAt" IS NOT NULL ON CONFLICT DO NOTHING;

-- A conversation's escalation or customer decides whether its customer's later escalations are repeats: the days of those
-- (rolled up, from the same customer, asking after this conversation started) are redone too.
CREATE FUNCTION analytics_rollup_touch_customer(workspace TEXT, who TEXT, started TIMESTAMP) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF who IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day")
  SELECT DISTINCT r."workspaceId", r."day" FROM "AnalyticsEscalationRollup" r
  WHERE r."workspaceId" = workspace AND r."customer" = who AND r."firstAt" > started
  ON CONFLICT DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION analytics_rollup_conversation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM analytics_rollup_touch(OLD."workspaceId", OLD."createdAt");
    PERFORM analytics_rollup_touch_customer(OLD."workspaceId", lower(trim(COALESCE(OLD."customerEmail", OLD."variables"->>'email'))), OLD."createdAt");
    RETURN OLD;
  END IF;
  PERFORM analytics_rollup_touch(NEW."workspaceId", NEW."createdAt");
  PERFORM analytics_rollup_touch_customer(NEW."workspaceId", lower(trim(COALESCE(NEW."customerEmail", NEW."variables"->>'email'))), NEW."createdAt");
  IF TG_OP = 'UPDATE' THEN
    IF OLD."createdAt" IS DISTINCT FROM NEW."createdAt" THEN
      PERFORM analytics_rollup_touch(OLD."workspaceId", OLD."createdAt");
    END IF;
    IF lower(trim(COALESCE(OLD."customerEmail", OLD."variables"->>'email'))) IS DISTINCT FROM lower(trim(COALESCE(NEW."customerEmail", NEW."variables"->>'email'))) THEN
      PERFORM analytics_rollup_touch_customer(OLD."workspaceId", lower(trim(COALESCE(OLD."customerEmail", OLD."variables"->>'email'))), OLD."createdAt");
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION analytics_rollup_handoff_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  started TIMESTAMP;
  who TEXT;
BEGIN
  SELECT c."createdAt", lower(trim(COALESCE(c."customerEmail", c."variables"->>'email'))) INTO started, who
  FROM "Conversation" c WHERE c."id" = COALESCE(NEW."conversationId", OLD."conversationId");
  IF started IS NOT NULL THEN
    PERFORM analytics_rollup_touch(COALESCE(NEW."workspaceId", OLD."workspaceId"), started);
    PERFORM analytics_rollup_touch_customer(COALESCE(NEW."workspaceId", OLD."workspaceId"), who, started);
  END IF;
  RETURN NULL;
END $$;

-- A handoff's times, outcome, team or agent now change rolled-up figures too (waits, first replies, handle times, tables).
DROP TRIGGER "Handoff_analytics_rollup_update" ON "Handoff";
CREATE TRIGGER "Handoff_analytics_rollup_update" AFTER UPDATE OF "acceptedAt", "conversationId", "reason", "nodeId", "requestedAt", "firstReplyAt", "resolvedAt", "outcome", "teamId", "acceptedById" ON "Handoff"
  FOR EACH ROW
  WHEN (OLD."acceptedAt" IS DISTINCT FROM NEW."acceptedAt" OR OLD."conversationId" IS DISTINCT FROM NEW."conversationId"
        OR OLD."reason" IS DISTINCT FROM NEW."reason" OR OLD."nodeId" IS DISTINCT FROM NEW."nodeId"
        OR OLD."requestedAt" IS DISTINCT FROM NEW."requestedAt" OR OLD."firstReplyAt" IS DISTINCT FROM NEW."firstReplyAt"
        OR OLD."resolvedAt" IS DISTINCT FROM NEW."resolvedAt" OR OLD."outcome" IS DISTINCT FROM NEW."outcome"
        OR OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."acceptedById" IS DISTINCT FROM NEW."acceptedById")
  EXECUTE FUNCTION analytics_rollup_handoff_changed();

-- The customer's e-mail (given, or collected by the flow) decides repeat escalations.
DROP TRIGGER "Conversation_analytics_rollup_update" ON "Conversation";
CREATE TRIGGER "Conversation_analytics_rollup_update" AFTER UPDATE OF "status", "rating", "createdAt", "flowId", "flowVersionId", "channel", "customerEmail", "variables" ON "Conversation"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."rating" IS DISTINCT FROM NEW."rating" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
        OR OLD."flowId" IS DISTINCT FROM NEW."flowId" OR OLD."flowVersionId" IS DISTINCT FROM NEW."flowVersionId" OR OLD."channel" IS DISTINCT FROM NEW."channel"
        OR OLD."customerEmail" IS DISTINCT FROM NEW."customerEmail" OR (OLD."variables"->>'email') IS DISTINCT FROM (NEW."variables"->>'email'))
  EXECUTE FUNCTION analytics_rollup_conversation_changed();

-- What followed "no agent": a customer's later message or a follow-up request. Only a conversation of a rolled-up day with a
-- handoff that found no agent is marked (a conversation of today, as every live chat is, stops at the first probe).
CREATE FUNCTION analytics_rollup_followed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  workspace TEXT;
  started TIMESTAMP;
BEGIN
  SELECT c."workspaceId", c."createdAt" INTO workspace, started FROM "Conversation" c WHERE c."id" = NEW."conversationId";
  IF started IS NOT NULL
     AND EXISTS (SELECT 1 FROM "AnalyticsRollupDay" d WHERE d."workspaceId" = workspace AND d."day" = date_trunc('day', started))
     AND EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = NEW."conversationId" AND h."outcome" = 'NO_AGENT') THEN
    PERFORM analytics_rollup_touch(workspace, started);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Message_analytics_rollup_insert" AFTER INSERT ON "Message"
  FOR EACH ROW WHEN (NEW."author" = 'CUSTOMER') EXECUTE FUNCTION analytics_rollup_followed();
CREATE TRIGGER "Event_analytics_rollup_insert" AFTER INSERT ON "Event"
  FOR EACH ROW WHEN (NEW."type" = 'follow_up_requested' AND NEW."conversationId" IS NOT NULL) EXECUTE FUNCTION analytics_rollup_followed();
