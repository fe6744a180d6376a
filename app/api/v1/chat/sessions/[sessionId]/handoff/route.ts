// POST /api/v1/chat/sessions/{sessionId}/handoff — the "Talk to a person" button
import { customerApi } from "@/server/api/rest/customer-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { errorResponse } from "@/server/api/rest/rest-error";
import { handoffInputSchema } from "@/server/conversations/chat-input-schemas";
import { requestHuman } from "@/server/conversations/request-human";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, perSession, conversation } = await customerApi(request, params);
    const input = handoffInputSchema.parse(await readJsonBody(request, 1024));
    perSession.take(conversation.id);
    return Response.json(await requestHuman(runtime, conversation, input.clientRequestId));
  } catch (error) {
    return errorResponse(error);
  }
}
