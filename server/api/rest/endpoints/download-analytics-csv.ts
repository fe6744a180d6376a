import "server-only";
import { analyticsFilterSchema } from "../../../analytics/analytics-schemas";
import { exportConversationsCsv } from "../../../analytics/export-conversations-csv";
import { resolveAnalyticsScope } from "../../../analytics/resolve-analytics-scope";
import { endpoint } from "../endpoint";

const csvResponse = (body: ReadableStream<Uint8Array>, from: string, to: string) =>
  new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="conversations-${from}-to-${to}.csv"`,
      "cache-control": "no-store",
    },
  });

/** GET /api/analytics/conversations.csv?… — the dashboard's download: the period's conversations with outcome fields (signed-in admin, or an agent for their teams). */
export const downloadAnalyticsCsv = endpoint({
  auth: "agent",
  query: analyticsFilterSchema,
  handle: async ({ runtime, viewer, query }) => {
    const scope = await resolveAnalyticsScope(runtime.db, viewer, query, runtime.now());
    return csvResponse(exportConversationsCsv(runtime.db, scope), scope.period.from, scope.period.to);
  },
});

/** GET /api/v1/analytics/conversations.csv?… — the same CSV with a workspace API token. */
export const exportAnalyticsCsv = endpoint({
  auth: "workspace",
  query: analyticsFilterSchema,
  handle: async ({ runtime, workspaceId, query }) => {
    const scope = await resolveAnalyticsScope(runtime.db, { workspaceId, role: "ADMIN", membershipId: null }, query, runtime.now());
    return csvResponse(exportConversationsCsv(runtime.db, scope), scope.period.from, scope.period.to);
  },
});
