// GET /api/v1/chat/sessions/{sessionId} — the customer's transcript and status
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse } from "@/server/api/rest/rest-error";
import { readTranscript } from "@/server/conversations/read-transcript";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    return Response.json(await readTranscript(runtime.db, conversation.id));
  } catch (error) {
    return errorResponse(error);
  }
}
