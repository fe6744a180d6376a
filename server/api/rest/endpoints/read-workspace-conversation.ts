import "server-only";
import { readWorkspaceConversation as readConversation } from "../../../contacts/read-workspace-conversation";
import { endpoint } from "../endpoint";

/** GET /api/v1/conversations/{conversationId} — one conversation with its contact, context package and transcript (API tokens). */
export const readWorkspaceConversation = endpoint({
  auth: "workspace",
  handle: async ({ runtime, workspaceId, params }) => Response.json(await readConversation(runtime.db, workspaceId, params.conversationId!)),
});
