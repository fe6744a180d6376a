// POST /api/v1/chat/sessions/{sessionId}/rating — 1–5 stars and an optional comment once the chat has ended
import { customerApi } from "@/server/api/rest/customer-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { errorResponse } from "@/server/api/rest/rest-error";
import { rateChatInputSchema } from "@/server/conversations/end-of-chat-schemas";
import { rateChat } from "@/server/conversations/rate-chat";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, perSession, conversation } = await customerApi(request, params);
    const input = rateChatInputSchema.parse(await readJsonBody(request, 8 * 1024));
    perSession.take(conversation.id);
    return Response.json(await rateChat(runtime, conversation, input));
  } catch (error) {
    return errorResponse(error);
  }
}
