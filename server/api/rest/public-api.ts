import "server-only";
import { env } from "../../env";
import type { TrustProxy } from "../../net/trust-proxy";
import type { Runtime } from "../../runtime/runtime";
import { processRuntime, setProcessRuntime } from "../../runtime/process-runtime";
import { RateLimiter } from "./rate-limiter";

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

/** What the REST layer adds to the process's runtime: its limits and whom to believe about addresses. */
export interface RestSettings extends ApiLimiters {
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY). */
  trustProxy: TrustProxy;
}

export interface PublicApi extends RestSettings {
  runtime: Runtime;
}

const holder = globalThis as typeof globalThis & { tandemRestSettings?: RestSettings; tandemPublicApi?: PublicApi };

function restSettingsFromEnv(): RestSettings {
  const settings = env();
  return {
    trustProxy: settings.TRUST_PROXY,
    perIp: new RateLimiter(settings.RATE_LIMIT_PER_IP, "requests from your network"),
    perSession: new RateLimiter(settings.RATE_LIMIT_PER_SESSION, "messages in this chat"),
    sessionsPerIp: new RateLimiter(settings.RATE_LIMIT_SESSIONS_PER_IP, "new chats from your network"),
    sessionsPerFlow: new RateLimiter(settings.RATE_LIMIT_SESSIONS_PER_FLOW, "new chats on this flow right now"),
  };
}

/** The process's runtime (server/runtime) with the REST API's rate limiters, made once. */
export async function publicApi(): Promise<PublicApi> {
  const runtime = await processRuntime();
  // One object per runtime, not per request: the hot path only reads it.
  if (holder.tandemPublicApi?.runtime !== runtime) {
    holder.tandemRestSettings ??= restSettingsFromEnv();
    holder.tandemPublicApi = { ...holder.tandemRestSettings, runtime };
  }
  return holder.tandemPublicApi;
}

/** Replaces the process's runtime and limits (tests, or embedding Tandem in another server). */
export function setPublicApi(api: PublicApi): void {
  const { runtime, ...settings } = api;
  setProcessRuntime(runtime);
  holder.tandemRestSettings = settings;
  holder.tandemPublicApi = api;
}
