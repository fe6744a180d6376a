import { everywhere, unlessEmbedded } from "./server/cli/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No gzip in Node: it cost a fifth of the chat API's throughput (bench:turns, 149 → 186 turns/s).
  // Compress at the TLS-terminating proxy in front (README, Production).
  compress: false,
  devIndicators: { position: "bottom-right" },
  // Loaded by Node at run time, not bundled: PGlite finds its WASM and data
  // files next to its own module, and the database drivers are native-ish.
  // The NLU models, the LLM SDKs and Prisma's runtime (with its query compiler's
  // WASM) are big: bundled, every route that reaches them carries and evaluates
  // its own copy (Next bundles routes separately). Loaded by Node's own module
  // cache they exist once: 50 MB less live heap once a chat has run, 65 MB less
  // peak RSS under bench:handoff.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "@prisma/adapter-pg",
    "@prisma/client",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "@nlpjs/core",
    "@nlpjs/nlp",
    "@nlpjs/lang-en",
    "@langchain/core",
    "@langchain/openai",
    "@langchain/ollama",
    "nodemailer",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/((?!embed/).*)", headers: unlessEmbedded },
    ];
  },
};

export default nextConfig;
