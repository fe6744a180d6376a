// POST /api/v1/chat/{slug}/sessions — start a chat on a published flow
import { errorResponse } from "@/server/api/rest/rest-error";
import { publicApi } from "@/server/api/rest/public-api";
import { readJsonBody } from "@/server/api/rest/read-json-body";
import { clientIp } from "@/server/api/rest/request-info";
import { startChatInputSchema } from "@/server/conversations/chat-input-schemas";
import { startChat } from "@/server/conversations/start-chat";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const api = await publicApi();
    api.perIp.take(clientIp(request));
    const input = startChatInputSchema.parse(await readJsonBody(request));
    const { slug } = await params;
    const started = await startChat(api.runtime, slug, input.channel.toUpperCase() as "WEB" | "WIDGET" | "API");
    return Response.json(started, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
