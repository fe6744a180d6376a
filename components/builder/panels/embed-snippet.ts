/**
 * The widget's install snippet, the one text the Publish panel shows, docs/widget.md prints and the tests paste.
 * The stub lets a page call `Tandem.identify(...)` (or open/close/toggle) before the async embed.js has loaded:
 * it queues the calls in `Tandem.q`, and embed.js replays them in order (public/embed.js, "Calls the page made
 * before this file loaded"). Its method list must match embed.js's METHODS (tests/unit/builder/embed-snippet.test.ts).
 */
export const EMBED_STUB = `<script>
  window.Tandem = window.Tandem || { q: [] };
  ["open", "close", "toggle", "identify"].forEach(function (m) {
    Tandem[m] = Tandem[m] || function () { Tandem.q.push([m, arguments]); };
  });
</script>`;

/** The whole snippet for a flow: the stub, then the loader's script tag. */
export function embedSnippet(origin: string, slug: string): string {
  return `${EMBED_STUB}\n<script src="${origin}/embed.js" data-flow="${slug}" async></script>`;
}
