// The response headers every page and API answer carries, in one place:
// next.config.mjs gives them to Next.js, and the production server
// (serve.mjs) to the API requests it answers itself (headersFor).

/** On every response. */
export const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** On every response but the chat widget's page (/embed/*), which embed.js puts in an iframe on any site: no other site may frame the app (clickjacking of the builder, the inbox, sign-in). */
export const unlessEmbedded = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

/** The headers next.config.mjs gives a response on `pathname` (its two rules, as code). */
export function headersFor(pathname) {
  return pathname.startsWith("/embed/") ? everywhere : [...everywhere, ...unlessEmbedded];
}
