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
