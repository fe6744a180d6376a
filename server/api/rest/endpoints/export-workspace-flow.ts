import "server-only";
import { exportFlow } from "../../../flows/export-flow";
import { endpoint } from "../endpoint";

/** GET /api/v1/flows/{flowId} — export a flow's draft document. */
export const exportWorkspaceFlow = endpoint({
  auth: "workspace",
  handle: async ({ runtime, workspaceId, params }) => Response.json(await exportFlow(runtime.db, workspaceId, params.flowId!)),
});
