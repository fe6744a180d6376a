// POST /api/v1/chat/sessions/{sessionId}/messages — a customer message (idempotent by clientMessageId)
import { errorResponse, HttpError } from "@/server/api/rest/rest-error";
import { publicApi } from "@/server/api/rest/public-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { bearerToken, clientIp } from "@/server/api/rest/request-info";
import { authorizeCustomer } from "@/server/conversations/authorize-customer";
import { customerMessageInputSchema, MAX_MESSAGE_LENGTH } from "@/server/conversations/chat-input-schemas";
import { postCustomerMessage } from "@/server/conversations/post-customer-message";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const api = await publicApi();
    api.perIp.take(clientIp(request));
    const { sessionId } = await params;
    const conversation = await authorizeCustomer(api.runtime.db, sessionId, bearerToken(request));
    const body = await readJsonBody(request, 64 * 1024);
    const text = (body as { text?: unknown }).text;
    if (typeof text === "string" && text.length > MAX_MESSAGE_LENGTH) {
      throw new HttpError(413, "message_too_long", `Messages can be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters; this one has ${text.length.toLocaleString("en")}.`);
    }
    const input = customerMessageInputSchema.parse(body);
    api.perSession.take(sessionId);
    return Response.json(await postCustomerMessage(api.runtime, conversation, input));
  } catch (error) {
    return errorResponse(error);
  }
}
