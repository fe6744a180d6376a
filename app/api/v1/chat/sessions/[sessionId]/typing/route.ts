// POST /api/v1/chat/sessions/{sessionId}/typing — the customer started or stopped typing (not stored; not counted against the message limit)
import { customerApi } from "@/server/api/rest/customer-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { errorResponse } from "@/server/api/rest/rest-error";
import { customerTypingInputSchema } from "@/server/conversations/live-input-schemas";
import { signalCustomerTyping } from "@/server/conversations/signal-customer-typing";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    const input = customerTypingInputSchema.parse(await readJsonBody(request, 1024));
    await signalCustomerTyping(runtime, conversation, input.typing);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
