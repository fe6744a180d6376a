import "server-only";
import type { HttpPort } from "../engine/ports";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { envOutboundPolicy } from "../outbound/env-outbound-policy";
import type { Resolver } from "../outbound/guarded-lookup";
import { OutboundRefused } from "../outbound/outbound-refused";
import { outboundRequest } from "../outbound/outbound-request";

const MAX_RESPONSE = 1_000_000;

export interface HttpPortOptions {
  /** Read on every request. */
  policy: () => OutboundPolicy;
  /** The admin's log: what was refused and why (the customer only sees the step's error exit). */
  log: (message: string, data: Record<string, unknown>) => void;
  resolve?: Resolver;
}

/** The engine's HTTP port over the outbound guard: no internal addresses, no redirects followed, JSON answers of at most 1 MB, the step's timeout. */
export function guardedHttpPort({ policy, log, resolve }: HttpPortOptions): HttpPort {
  return {
    request: async ({ method, url, headers, body, timeoutMs }) => {
      try {
        const response = await outboundRequest(
          url,
          { method, headers: withDefaults(headers, body), body, timeoutMs, maxBytes: MAX_RESPONSE, overflow: "fail" },
          { policy: policy(), resolve },
        );
        let json: unknown = null;
        try {
          json = response.body ? JSON.parse(response.body) : null;
        } catch {
          json = null;
        }
        return { ok: response.status >= 200 && response.status < 300, status: response.status, json };
      } catch (error) {
        if (error instanceof OutboundRefused) log("HTTP request step refused", { url: redact(url), reason: error.message });
        throw error;
      }
    },
  };
}

/** The headers fetch() sent before the guard replaced it (some APIs refuse a request without a User-Agent); the admin's win. */
function withDefaults(headers: Record<string, string>, body: string | undefined): Record<string, string> {
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const defaults: [string, string][] = [
    ["user-agent", "Tandem/1"],
    ["accept", "*/*"],
    ...(body === undefined ? [] : [["content-type", "text/plain;charset=UTF-8"] as [string, string]]),
  ];
  return { ...Object.fromEntries(defaults.filter(([name]) => !given.has(name))), ...headers };
}

/** A URL for the log: the customer's values in its path and query are theirs, not the admin's. */
const redact = (url: string) => (URL.canParse(url) ? new URL(url).origin : "(not a URL)");

/** The process's HTTP port: the environment's outbound settings, refusals logged to the console. */
export const fetchHttpPort: HttpPort = guardedHttpPort({
  policy: envOutboundPolicy,
  log: (message, data) => console.warn(`[outbound] ${message}`, data),
});
