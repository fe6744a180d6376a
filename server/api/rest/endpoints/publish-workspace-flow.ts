import "server-only";
import { publishFlow } from "../../../flows/publish-flow";
import { endpoint } from "../endpoint";

/** POST /api/v1/flows/{flowId}/publish — validate the draft and publish it as a new version. */
export const publishWorkspaceFlow = endpoint({
  auth: "workspace",
  handle: async ({ runtime, workspaceId, userId, params }) => {
    const published = await publishFlow(runtime.db, workspaceId, params.flowId!, userId, (intents) => runtime.nlu.warm(intents));
    return Response.json({ slug: published.slug, version: published.version });
  },
});
