import type { HttpPort } from "../engine/ports";

const MAX_RESPONSE = 1_000_000;

/** The engine's HTTP port over fetch: a timeout, http(s) only, JSON answers of at most 1 MB. */
export const fetchHttpPort: HttpPort = {
  request: async ({ method, url, headers, body, timeoutMs }) => {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("only http(s) URLs are allowed");
    const response = await fetch(parsed, { method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
    const text = (await response.text()).slice(0, MAX_RESPONSE);
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { ok: response.ok, status: response.status, json };
  },
};
