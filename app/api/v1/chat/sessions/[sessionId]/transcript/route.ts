// GET /api/v1/chat/sessions/{sessionId}/transcript — the chat as a plain-text download (token as Bearer or ?token= for a link)
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse } from "@/server/api/rest/rest-error";
import { renderTranscriptText } from "@/server/conversations/render-transcript-text";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    const { filename, text } = await renderTranscriptText(runtime, conversation);
    return new Response(text, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        // The link carries the token: keep the answer out of shared caches and referrers.
        "cache-control": "private, no-store",
        "referrer-policy": "no-referrer",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
