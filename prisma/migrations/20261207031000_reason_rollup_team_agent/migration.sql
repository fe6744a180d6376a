-- Handoffs by reason and node also per the handoff's team and accepting agent ('' for none), so a team or agent filter reads
-- them from the rollup (the live breakdown counts the team's or agent's own handoffs). Days rolled up before are redone.
ALTER TABLE "AnalyticsHandoffReasonRollup" ADD COLUMN "teamId" TEXT NOT NULL DEFAULT '', ADD COLUMN "agentId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "AnalyticsHandoffReasonRollup" DROP CONSTRAINT "AnalyticsHandoffReasonRollup_pkey";
ALTER TABLE "AnalyticsHandoffReasonRollup" ADD CONSTRAINT "AnalyticsHandoffReasonRollup_pkey" PRIMARY KEY ("workspaceId", "day", "flowId", "flowVersionId", "channel", "reason", "nodeId", "teamId", "agentId");
INSERT INTO "AnalyticsRollupDirty" ("workspaceId", "day") SELECT "workspaceId", "day" FROM "AnalyticsRollupDay" WHERE "rolledAt" IS NOT NULL ON CONFLICT DO NOTHING;
