import "server-only";
import { processDatabase } from "../../db/process-database";
import { EmbeddedNlu } from "../../nlu/embedded-nlu";
import { LocalEventBus } from "../../realtime/local-event-bus";
import { PostgresEventBus } from "../../realtime/postgres-event-bus";
import { fetchHttpPort } from "../../conversations/fetch-http-port";
import type { Runtime } from "../../conversations/runtime";
import { TtlCache } from "../../conversations/ttl-cache";
import { env } from "../../env";
import type { TrustProxy } from "../../net/trust-proxy";
import { RateLimiter } from "./rate-limiter";

/** The configured LLM; LangChain and the provider's SDK are loaded only when one is (13 MB of heap). */
async function llmFromEnv() {
  const { LLM_PROVIDER, LLM_MODEL, LLM_BASE_URL, LLM_API_KEY, LLM_TIMEOUT_MS } = env();
  if (LLM_PROVIDER === "none") return null;
  const { createChatModel, LangchainLlm } = await import("../../nlu/langchain-llm");
  const config = { provider: LLM_PROVIDER, model: LLM_MODEL, baseUrl: LLM_BASE_URL, apiKey: LLM_API_KEY, timeoutMs: LLM_TIMEOUT_MS };
  return new LangchainLlm(createChatModel(config), LLM_TIMEOUT_MS, (message) => console.error(`[llm] ${message}`));
}

/** The rate limiters an endpoint can name (endpoint.ts says which key each one counts by). */
export interface ApiLimiters {
  /** Every public request, by client address. */
  perIp: RateLimiter;
  /** Messages and other counted actions in one chat, by conversation. */
  perSession: RateLimiter;
  /** New chats, by client address and by flow (slug). */
  sessionsPerIp: RateLimiter;
  sessionsPerFlow: RateLimiter;
}

export interface PublicApi extends ApiLimiters {
  runtime: Runtime;
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY). */
  trustProxy: TrustProxy;
}

const holder = globalThis as typeof globalThis & { tandemPublicApi?: Promise<PublicApi> };

/** The process's conversation runtime and rate limiters, made once. */
export function publicApi(): Promise<PublicApi> {
  holder.tandemPublicApi ??= (async () => {
    const database = await processDatabase();
    const bus = database.pool ? await new PostgresEventBus(database.pool).start() : new LocalEventBus();
    const runtime: Runtime = {
      db: database.prisma,
      bus,
      nlu: new EmbeddedNlu(),
      llm: await llmFromEnv(),
      http: fetchHttpPort,
      now: () => new Date(),
      log: (level, message, data) => (level === "error" ? console.error : console.log)(`[runtime] ${message}`, data ?? ""),
      cache: new TtlCache(),
    };
    const settings = env();
    return {
      runtime,
      trustProxy: settings.TRUST_PROXY,
      perIp: new RateLimiter(settings.RATE_LIMIT_PER_IP, "requests from your network"),
      perSession: new RateLimiter(settings.RATE_LIMIT_PER_SESSION, "messages in this chat"),
      sessionsPerIp: new RateLimiter(settings.RATE_LIMIT_SESSIONS_PER_IP, "new chats from your network"),
      sessionsPerFlow: new RateLimiter(settings.RATE_LIMIT_SESSIONS_PER_FLOW, "new chats on this flow right now"),
    };
  })().catch((error: unknown) => {
    holder.tandemPublicApi = undefined;
    throw error;
  });
  return holder.tandemPublicApi;
}

/** Replaces the process's runtime (tests, or embedding Tandem in another server). */
export function setPublicApi(api: PublicApi): void {
  holder.tandemPublicApi = Promise.resolve(api);
}
