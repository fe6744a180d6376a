import "server-only";
import { loadChatPage } from "../../../conversations/load-chat-page";
import { endpoint } from "../endpoint";

/** GET /embed/{slug}/config — what embed.js needs before the chat opens: whether a chat is live at the slug, and the launcher's colour. */
export const readEmbedConfig = endpoint({
  auth: "public",
  handle: async ({ runtime, params }) => {
    const chat = await loadChatPage(runtime.db, params.slug!);
    // 200 even for an unknown slug: a 404 would print a red network error in the console of every site that embeds a stale snippet.
    return Response.json(chat ? { available: true, color: chat.color } : { available: false }, {
      headers: {
        // Read by the loader from any site; it sends no credentials and gets nothing private.
        "access-control-allow-origin": "*",
        // A colour change in the builder reaches launchers within a minute.
        "cache-control": "public, max-age=60",
      },
    });
  },
});
