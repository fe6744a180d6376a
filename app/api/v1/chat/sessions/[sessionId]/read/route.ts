// POST /api/v1/chat/sessions/{sessionId}/read — the customer has seen every message up to a seq
import { customerApi } from "@/server/api/rest/customer-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { errorResponse } from "@/server/api/rest/rest-error";
import { customerReadInputSchema } from "@/server/conversations/live-input-schemas";
import { markCustomerRead } from "@/server/conversations/mark-customer-read";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    const input = customerReadInputSchema.parse(await readJsonBody(request, 1024));
    await markCustomerRead(runtime, conversation.id, input.seq);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
