// GET /api/v1/flows/{flowId} — export a flow's draft document
import { errorResponse } from "@/server/api/rest/rest-error";
import { workspaceApi } from "@/server/api/rest/workspace-api";
import { exportFlow } from "@/server/flows/export-flow";

export async function GET(request: Request, { params }: { params: Promise<{ flowId: string }> }) {
  try {
    const { runtime, workspaceId } = await workspaceApi(request);
    return Response.json(await exportFlow(runtime.db, workspaceId, (await params).flowId));
  } catch (error) {
    return errorResponse(error);
  }
}
