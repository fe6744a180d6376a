-- Daily analytics rollups (issue 15): conversation counts per quarter hour (UTC) of their start, per flow, version and channel,
-- kept for closed UTC days by the analytics-rollups sweep. Every time zone's offset is a whole number of quarter hours, so any
-- workspace's day is a whole number of these buckets. A day is trusted only while rolled up ("AnalyticsRollupDay") and not dirty.
CREATE TABLE "AnalyticsRollup" (
  "workspaceId" TEXT NOT NULL,
  "bucket" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
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
  -- Ratings by stars (the CSAT distribution).
  "rated1" INTEGER NOT NULL,
  "rated2" INTEGER NOT NULL,
  "rated3" INTEGER NOT NULL,
  "rated4" INTEGER NOT NULL,
  "rated5" INTEGER NOT NULL,
  -- Callbacks of those conversations, by status (overdue ones are read live: that depends on the time of reading).
  "callbacksBooked" INTEGER NOT NULL,
  "callbacksDone" INTEGER NOT NULL,
  "callbacksMissed" INTEGER NOT NULL,
  "callbacksPending" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsRollup_pkey" PRIMARY KEY ("workspaceId", "bucket", "flowId", "flowVersionId", "channel")
);

-- Handoffs of those conversations per reason and asking node ('' for none), for the dashboard's breakdowns.
CREATE TABLE "AnalyticsHandoffRollup" (
  "workspaceId" TEXT NOT NULL,
  "bucket" TIMESTAMP(3) NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "reason" "HandoffReason" NOT NULL,
  "nodeId" TEXT NOT NULL,
  "handoffs" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsHandoffRollup_pkey" PRIMARY KEY ("workspaceId", "bucket", "flowId", "flowVersionId", "channel", "reason", "nodeId")
);

-- The latest rating comments of a period: newest first, without reading every conversation of the period.
CREATE INDEX "Conversation_workspaceId_updatedAt_rated_idx" ON "Conversation"("workspaceId", "updatedAt") WHERE "ratingComment" IS NOT NULL;

-- The UTC days rolled up or being rolled up, per workspace (midnight UTC). Pending (rolledAt null) until every transaction that
-- may have changed the day without seeing this row has ended: readyXid is a transaction id taken after the row was committed.
CREATE TABLE "AnalyticsRollupDay" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "readyXid" BIGINT,
  "rolledAt" TIMESTAMP(3),
  CONSTRAINT "AnalyticsRollupDay_pkey" PRIMARY KEY ("workspaceId", "day")
);

-- Rolled-up days a later change touched (a rating, a status, a handoff, a deletion): read live until the sweep redoes them.
CREATE TABLE "AnalyticsRollupDirty" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "AnalyticsRollupDirty_pkey" PRIMARY KEY ("workspaceId", "day")
);

ALTER TABLE "AnalyticsRollup" ADD CONSTRAINT "AnalyticsRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsHandoffRollup" ADD CONSTRAINT "AnalyticsHandoffRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsRollupDay" ADD CONSTRAINT "AnalyticsRollupDay_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsRollupDirty" ADD CONSTRAINT "AnalyticsRollupDirty_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Marks a conversation's start day dirty when it is rolled up: one primary-key probe otherwise.
CREATE FUNCTION analytics_rollup_touch(workspace TEXT, started TIMESTAMP) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day")
  SELECT workspace, date_trunc('day', started)
  WHERE EXISTS (SELECT 1 FROM "AnalyticsRollupDay" d WHERE d."workspaceId" = workspace AND d."day" = date_trunc('day', started))
  ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION analytics_rollup_conversation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM analytics_rollup_touch(OLD."workspaceId", OLD."createdAt");
    RETURN OLD;
  END IF;
  PERFORM analytics_rollup_touch(NEW."workspaceId", NEW."createdAt");
  IF TG_OP = 'UPDATE' AND OLD."createdAt" IS DISTINCT FROM NEW."createdAt" THEN
    PERFORM analytics_rollup_touch(OLD."workspaceId", OLD."createdAt");
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION analytics_rollup_handoff_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  started TIMESTAMP;
BEGIN
  SELECT c."createdAt" INTO started FROM "Conversation" c WHERE c."id" = COALESCE(NEW."conversationId", OLD."conversationId");
  IF started IS NOT NULL THEN
    PERFORM analytics_rollup_touch(COALESCE(NEW."workspaceId", OLD."workspaceId"), started);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION analytics_rollup_callback_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  started TIMESTAMP;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."conversationId" IS NOT NULL THEN
    SELECT c."createdAt" INTO started FROM "Conversation" c WHERE c."id" = OLD."conversationId";
    IF started IS NOT NULL THEN
      PERFORM analytics_rollup_touch(OLD."workspaceId", started);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."conversationId" IS NOT NULL THEN
    SELECT c."createdAt" INTO started FROM "Conversation" c WHERE c."id" = NEW."conversationId";
    IF started IS NOT NULL THEN
      PERFORM analytics_rollup_touch(NEW."workspaceId", started);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Conversation_analytics_rollup_insert" AFTER INSERT OR DELETE ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION analytics_rollup_conversation_changed();
CREATE TRIGGER "Conversation_analytics_rollup_update" AFTER UPDATE OF "status", "rating", "createdAt", "flowId", "flowVersionId", "channel" ON "Conversation"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."rating" IS DISTINCT FROM NEW."rating" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt"
        OR OLD."flowId" IS DISTINCT FROM NEW."flowId" OR OLD."flowVersionId" IS DISTINCT FROM NEW."flowVersionId" OR OLD."channel" IS DISTINCT FROM NEW."channel")
  EXECUTE FUNCTION analytics_rollup_conversation_changed();
CREATE TRIGGER "Handoff_analytics_rollup_insert" AFTER INSERT OR DELETE ON "Handoff"
  FOR EACH ROW EXECUTE FUNCTION analytics_rollup_handoff_changed();
CREATE TRIGGER "Handoff_analytics_rollup_update" AFTER UPDATE OF "acceptedAt", "conversationId", "reason", "nodeId" ON "Handoff"
  FOR EACH ROW
  WHEN ((OLD."acceptedAt" IS NULL) <> (NEW."acceptedAt" IS NULL) OR OLD."conversationId" IS DISTINCT FROM NEW."conversationId"
        OR OLD."reason" IS DISTINCT FROM NEW."reason" OR OLD."nodeId" IS DISTINCT FROM NEW."nodeId")
  EXECUTE FUNCTION analytics_rollup_handoff_changed();
CREATE TRIGGER "Callback_analytics_rollup_insert" AFTER INSERT OR DELETE ON "Callback"
  FOR EACH ROW EXECUTE FUNCTION analytics_rollup_callback_changed();
CREATE TRIGGER "Callback_analytics_rollup_update" AFTER UPDATE OF "status", "conversationId" ON "Callback"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."conversationId" IS DISTINCT FROM NEW."conversationId")
  EXECUTE FUNCTION analytics_rollup_callback_changed();
