import "server-only";
import { renderTranscriptText } from "../../../conversations/render-transcript-text";
import { endpoint } from "../endpoint";

/** GET /api/v1/chat/sessions/{sessionId}/transcript — the chat as a plain-text download (token as Bearer or ?token= for a link). */
export const downloadChatTranscript = endpoint({
  auth: "customer",
  handle: async ({ runtime, conversation }) => {
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
  },
});
