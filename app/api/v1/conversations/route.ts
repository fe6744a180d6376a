// GET /api/v1/conversations?status= — the workspace's conversations
import { errorResponse } from "@/server/api/rest/rest-error";
import { workspaceApi } from "@/server/api/rest/workspace-api";
import { listConversations } from "@/server/conversations/list-conversations";
import { conversationStatusFilterSchema } from "@/server/flows/flow-api-schemas";

export async function GET(request: Request) {
  try {
    const { runtime, workspaceId } = await workspaceApi(request);
    const status = conversationStatusFilterSchema.parse(new URL(request.url).searchParams.get("status") ?? undefined);
    return Response.json({ conversations: await listConversations(runtime.db, workspaceId, status) });
  } catch (error) {
    return errorResponse(error);
  }
}
