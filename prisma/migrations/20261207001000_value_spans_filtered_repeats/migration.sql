-- Value counts merged over spans of whole UTC days (7 or 28 days, aligned to Monday 2000-01-03), so a 90-day dashboard reads
-- a few spans' rows instead of every day's. A span is used only when all its days are rolled up and clean; rolling any of
-- its days again deletes it (roll-up-handoff-day), and the sweep writes it again once all its days are rolled up.
CREATE TABLE "AnalyticsRollupSpan" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "days" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsRollupSpan_pkey" PRIMARY KEY ("workspaceId", "days", "day")
);

CREATE TABLE "AnalyticsHandoffValueSpanRollup" (
  "workspaceId" TEXT NOT NULL,
  "day" TIMESTAMP(3) NOT NULL,
  "days" INTEGER NOT NULL,
  "flowId" TEXT NOT NULL,
  "flowVersionId" TEXT NOT NULL,
  "channel" "Channel" NOT NULL,
  "teamId" TEXT NOT NULL,
  "agentId" TEXT NOT NULL,
  "metric" TEXT NOT NULL,
  "value" DOUBLE PRECISION NOT NULL,
  "n" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsHandoffValueSpanRollup_pkey" PRIMARY KEY ("workspaceId", "days", "day", "metric", "flowId", "flowVersionId", "channel", "teamId", "agentId", "value")
);

ALTER TABLE "AnalyticsRollupSpan" ADD CONSTRAINT "AnalyticsRollupSpan_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsHandoffValueSpanRollup" ADD CONSTRAINT "AnalyticsHandoffValueSpanRollup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Repeat escalations under a flow, version or channel filter: the earlier escalation must match the filter too, so each
-- escalation also keeps the latest start of an earlier one of its customer in the same flow, version, channel, flow and
-- channel, version and channel (null: none). Read through partial indexes (the repeats are a few of all escalations).
ALTER TABLE "AnalyticsEscalationRollup" ADD COLUMN "earlierFlowStartedAt" TIMESTAMP(3);
ALTER TABLE "AnalyticsEscalationRollup" ADD COLUMN "earlierVersionStartedAt" TIMESTAMP(3);
ALTER TABLE "AnalyticsEscalationRollup" ADD COLUMN "earlierChannelStartedAt" TIMESTAMP(3);
ALTER TABLE "AnalyticsEscalationRollup" ADD COLUMN "earlierFlowChannelStartedAt" TIMESTAMP(3);
ALTER TABLE "AnalyticsEscalationRollup" ADD COLUMN "earlierVersionChannelStartedAt" TIMESTAMP(3);
CREATE INDEX "AnalyticsEscalationRollup_repeatFlow_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierFlowStartedAt") WHERE "earlierFlowStartedAt" IS NOT NULL;
CREATE INDEX "AnalyticsEscalationRollup_repeatVersion_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierVersionStartedAt") WHERE "earlierVersionStartedAt" IS NOT NULL;
CREATE INDEX "AnalyticsEscalationRollup_repeatChannel_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierChannelStartedAt") WHERE "earlierChannelStartedAt" IS NOT NULL;
CREATE INDEX "AnalyticsEscalationRollup_repeatFlowChannel_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierFlowChannelStartedAt") WHERE "earlierFlowChannelStartedAt" IS NOT NULL;
CREATE INDEX "AnalyticsEscalationRollup_repeatVersionChannel_idx" ON "AnalyticsEscalationRollup"("workspaceId", "earlierVersionChannelStartedAt") WHERE "earlierVersionChannelStartedAt" IS NOT NULL;

-- Rolled-up days are redone, so their escalations get the new columns (read live until then).
INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day") SELECT "workspaceId", "day" FROM "AnalyticsRollupDay" WHERE "rolledAt" IS NOT NULL ON CONFLICT DO NOTHING;
