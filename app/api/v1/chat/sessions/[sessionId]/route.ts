// GET /api/v1/chat/sessions/{sessionId} — the customer's transcript and status
import { errorResponse } from "@/server/api/rest/rest-error";
import { publicApi } from "@/server/api/rest/public-api";
import { bearerToken, clientIp } from "@/server/api/rest/request-info";
import { authorizeCustomer } from "@/server/conversations/authorize-customer";
import { readTranscript } from "@/server/conversations/read-transcript";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const api = await publicApi();
    api.perIp.take(clientIp(request));
    const { sessionId } = await params;
    await authorizeCustomer(api.runtime.db, sessionId, bearerToken(request));
    return Response.json(await readTranscript(api.runtime.db, sessionId));
  } catch (error) {
    return errorResponse(error);
  }
}
