import "server-only";
import { importFlowInputSchema } from "../../../flows/flow-api-schemas";
import { importFlow } from "../../../flows/import-flow";
import { endpoint } from "../endpoint";

/** POST /api/v1/flows — import a flow document (validated) as a new draft; a slug in use elsewhere is 409. */
export const importWorkspaceFlow = endpoint({
  auth: "workspace",
  body: { schema: importFlowInputSchema, maxBytes: 2 * 1024 * 1024 },
  handle: async ({ runtime, workspaceId, userId, body }) => Response.json(await importFlow(runtime.db, workspaceId, body, userId), { status: 201 }),
});
