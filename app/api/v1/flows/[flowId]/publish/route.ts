// POST /api/v1/flows/{flowId}/publish — validate the draft and publish it as a new version
import { errorResponse } from "@/server/api/rest/rest-error";
import { workspaceApi } from "@/server/api/rest/workspace-api";
import { publishFlow } from "@/server/flows/publish-flow";

export async function POST(request: Request, { params }: { params: Promise<{ flowId: string }> }) {
  try {
    const { runtime, workspaceId, userId } = await workspaceApi(request);
    const published = await publishFlow(runtime.db, workspaceId, (await params).flowId, userId, (intents) => runtime.nlu.warm(intents));
    return Response.json({ slug: published.slug, version: published.version });
  } catch (error) {
    return errorResponse(error);
  }
}
