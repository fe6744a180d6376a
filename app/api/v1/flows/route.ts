// GET /api/v1/flows — list the workspace's flows; POST /api/v1/flows — import a flow document (validated)
import { errorResponse } from "@/server/api/rest/rest-error";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { workspaceApi } from "@/server/api/rest/workspace-api";
import { importFlowInputSchema } from "@/server/flows/flow-api-schemas";
import { importFlow } from "@/server/flows/import-flow";
import { listFlows } from "@/server/flows/list-flows";

export async function GET(request: Request) {
  try {
    const { runtime, workspaceId } = await workspaceApi(request);
    return Response.json({ flows: await listFlows(runtime.db, workspaceId) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    const { runtime, workspaceId, userId } = await workspaceApi(request);
    const input = importFlowInputSchema.parse(await readJsonBody(request, 2 * 1024 * 1024));
    return Response.json(await importFlow(runtime.db, workspaceId, input, userId), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
