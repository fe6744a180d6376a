import "server-only";
import { readTranscriptLink as readLink } from "../../../notifications/read-transcript-link";
import { renderTranscriptPage } from "../../../notifications/render-transcript-page";
import { endpoint } from "../endpoint";
import { HttpError } from "../rest-error";

// The link is a bearer credential until it expires: never kept by a cache, never passed on as a referrer.
const PRIVATE = { "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };

/** GET /api/v1/transcripts/{conversationId}?expires=…&sig=… — a webhook's signed transcript link: JSON, or text/HTML when asked through Accept. */
export const readTranscriptLink = endpoint({
  auth: "public",
  handle: async ({ runtime, params, request }) => {
    const url = new URL(request.url);
    const query = { expires: url.searchParams.get("expires") ?? undefined, sig: url.searchParams.get("sig") ?? undefined };
    const conversation = await readLink(runtime.db, params.conversationId!, query, runtime.now());
    if (!conversation)
      throw new HttpError(
        404,
        "not_found",
        "This transcript link is not valid, or it has expired. Ask for a new one (each webhook carries one), or use GET /api/v1/conversations/{id} with an API token.",
        PRIVATE,
      );
    const accept = request.headers.get("accept") ?? "";
    if (/\btext\/html\b/.test(accept)) {
      return new Response(renderTranscriptPage(conversation, "html"), {
        headers: { ...PRIVATE, "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" },
      });
    }
    if (/\btext\/plain\b/.test(accept) && !/\bapplication\/json\b/.test(accept)) {
      return new Response(renderTranscriptPage(conversation, "text"), { headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });
    }
    return Response.json(conversation, { headers: PRIVATE });
  },
});
