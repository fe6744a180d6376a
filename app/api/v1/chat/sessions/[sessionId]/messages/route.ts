// POST /api/v1/chat/sessions/{sessionId}/messages — a customer message (idempotent by clientMessageId)
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse, HttpError } from "@/server/api/rest/rest-error";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { customerMessageInputSchema, MAX_MESSAGE_LENGTH } from "@/server/conversations/chat-input-schemas";
import { postCustomerMessage } from "@/server/conversations/post-customer-message";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, perSession, conversation } = await customerApi(request, params);
    const body = await readJsonBody(request, 64 * 1024);
    const text = (body as { text?: unknown }).text;
    if (typeof text === "string" && text.length > MAX_MESSAGE_LENGTH) {
      throw new HttpError(
        413,
        "message_too_long",
        `Messages can be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters; this one has ${text.length.toLocaleString("en")}.`,
      );
    }
    const input = customerMessageInputSchema.parse(body);
    perSession.take(conversation.id);
    return Response.json(await postCustomerMessage(runtime, conversation, input));
  } catch (error) {
    return errorResponse(error);
  }
}
