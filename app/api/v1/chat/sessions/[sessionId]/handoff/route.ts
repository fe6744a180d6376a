// POST /api/v1/chat/sessions/{sessionId}/handoff — the "Talk to a person" button
import { errorResponse } from "@/server/api/rest/rest-error";
import { publicApi } from "@/server/api/rest/public-api";
import { bearerToken, clientIp } from "@/server/api/rest/request-info";
import { authorizeCustomer } from "@/server/conversations/authorize-customer";
import { requestHuman } from "@/server/conversations/request-human";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const api = await publicApi();
    api.perIp.take(clientIp(request));
    const { sessionId } = await params;
    const conversation = await authorizeCustomer(api.runtime.db, sessionId, bearerToken(request));
    api.perSession.take(sessionId);
    return Response.json(await requestHuman(api.runtime, conversation));
  } catch (error) {
    return errorResponse(error);
  }
}
