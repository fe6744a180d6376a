import "server-only";
import { analyticsFilterSchema } from "../../../analytics/analytics-schemas";
import { loadAnalytics } from "../../../analytics/load-analytics";
import { endpoint } from "../endpoint";

/** GET /api/v1/analytics/summary?preset=&from=&to=&flowId=&flowVersionId=&teamId=&agentId=&channel= — the dashboard's figures as JSON (API token). */
export const readAnalyticsSummary = endpoint({
  auth: "workspace",
  query: analyticsFilterSchema,
  handle: async ({ runtime, workspaceId, query }) =>
    Response.json(await loadAnalytics(runtime.db, { workspaceId, role: "ADMIN", membershipId: null }, query, runtime.now())),
});
