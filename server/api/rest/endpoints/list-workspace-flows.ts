import "server-only";
import { listFlows } from "../../../flows/list-flows";
import { endpoint } from "../endpoint";

/** GET /api/v1/flows — the workspace's flows. */
export const listWorkspaceFlows = endpoint({
  auth: "workspace",
  handle: async ({ runtime, workspaceId }) => Response.json({ flows: await listFlows(runtime.db, workspaceId) }),
});
