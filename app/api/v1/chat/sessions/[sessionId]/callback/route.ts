// POST /api/v1/chat/sessions/{sessionId}/callback — the customer books a callback at one of the offered slots
import { customerApi } from "@/server/api/rest/customer-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { errorResponse } from "@/server/api/rest/rest-error";
import { bookCustomerCallback } from "@/server/conversations/book-customer-callback";
import { bookCallbackInputSchema } from "@/server/conversations/end-of-chat-schemas";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, perSession, conversation } = await customerApi(request, params);
    const input = bookCallbackInputSchema.parse(await readJsonBody(request, 4 * 1024));
    perSession.take(conversation.id);
    return Response.json(await bookCustomerCallback(runtime, conversation, input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
