// GET /api/v1/chat/sessions/{sessionId}/callback-slots — the times a callback can be booked at (inside the team's business hours)
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse } from "@/server/api/rest/rest-error";
import { listCustomerCallbackSlots } from "@/server/conversations/list-callback-slots";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    return Response.json(await listCustomerCallbackSlots(runtime, conversation));
  } catch (error) {
    return errorResponse(error);
  }
}
