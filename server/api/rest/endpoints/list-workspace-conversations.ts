import "server-only";
import { z } from "zod";
import { listConversations } from "../../../conversations/list-conversations";
import { conversationStatusFilterSchema } from "../../../flows/flow-api-schemas";
import { endpoint } from "../endpoint";

/** GET /api/v1/conversations?status= — the workspace's newest conversations. */
export const listWorkspaceConversations = endpoint({
  auth: "workspace",
  query: z.object({ status: conversationStatusFilterSchema }),
  handle: async ({ runtime, workspaceId, query }) => Response.json({ conversations: await listConversations(runtime.db, workspaceId, query.status) }),
});
