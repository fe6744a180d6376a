// POST /api/v1/chat/sessions/{sessionId}/handoff — the "Talk to a person" button
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse } from "@/server/api/rest/rest-error";
import { requestHuman } from "@/server/conversations/request-human";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, perSession, conversation } = await customerApi(request, params);
    perSession.take(conversation.id);
    return Response.json(await requestHuman(runtime, conversation));
  } catch (error) {
    return errorResponse(error);
  }
}
