import { RateLimiter } from "@/server/api/rest/rate-limiter";
import type { PublicApi } from "@/server/api/rest/public-api";
import type { Runtime } from "@/server/runtime/runtime";
import { parseTrustProxy } from "@/server/net/trust-proxy";

export interface ApiLimits {
  perIp?: number;
  perSession?: number;
  sessionsPerIp?: number;
  sessionsPerFlow?: number;
  trustProxy?: string;
}

/** The process's API on a test runtime, with limits high enough not to matter unless a test sets one. */
export function testPublicApi(runtime: Runtime, limits: ApiLimits = {}): PublicApi {
  return {
    runtime,
    trustProxy: parseTrustProxy(limits.trustProxy),
    perIp: new RateLimiter(limits.perIp ?? 10_000, "requests from your network"),
    perSession: new RateLimiter(limits.perSession ?? 10_000, "messages in this chat"),
    sessionsPerIp: new RateLimiter(limits.sessionsPerIp ?? 10_000, "new chats from your network"),
    sessionsPerFlow: new RateLimiter(limits.sessionsPerFlow ?? 10_000, "new chats on this flow right now"),
  };
}
