-- The quarter-hour handoffs per reason and node: replaced by the daily "AnalyticsHandoffReasonRollup" (20261206001000), written
-- by the sweep but no longer read. The triggers that mark days dirty serve every rollup and stay.
DROP TABLE "AnalyticsHandoffRollup";
