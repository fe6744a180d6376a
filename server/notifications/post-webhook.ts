import "server-only";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { OutboundRefused } from "../outbound/outbound-refused";
import { outboundRequest, type OutboundResponse } from "../outbound/outbound-request";

export interface PostOutcome {
  /** A 2xx answer. */
  delivered: boolean;
  status: number | null;
  /** The start of the receiver's answer. */
  body: string | null;
  /** Why it failed, in words an admin can act on; null when delivered. */
  error: string | null;
  /** The outbound guard would not send it (an internal address): nothing left the server. */
  refused: boolean;
  durationMs: number;
}

const BODY_EXCERPT = 1000;

/**
 * One POST to a receiver through the outbound guard, bounded by `timeoutMs`
 * (the answer's body too). Redirects are not followed: a signed request
 * should go where the admin said, so a 3xx is reported with its target
 * instead. Never throws.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, timeoutMs: number, policy: OutboundPolicy): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await outboundRequest(url, { method: "POST", headers, body, timeoutMs, maxBytes: BODY_EXCERPT, overflow: "truncate" }, { policy });
    const delivered = response.status >= 200 && response.status < 300;
    return {
      delivered,
      status: response.status,
      body: response.body || null,
      error: delivered ? null : refusal(response),
      refused: false,
      durationMs: elapsed(),
    };
  } catch (error) {
    const refused = error instanceof OutboundRefused;
    return { delivered: false, status: null, body: null, error: refused ? error.message : networkError(error, timeoutMs), refused, durationMs: elapsed() };
  }
}

function refusal(response: OutboundResponse): string {
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.location;
    return `The receiver redirected (${response.status}${location ? ` to ${location}` : ""}). Redirects are not followed: use the final URL.`;
  }
  return `The receiver answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; only a 2xx answer counts as delivered.`;
}

function networkError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") return `No answer within ${timeoutMs / 1000} s. Answer at once and do the work afterwards.`;
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ECONNREFUSED":
      return "Connection refused: nothing is listening at that address and port.";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "The host name could not be resolved. Check the URL.";
    case "ECONNRESET":
      return "The receiver closed the connection before answering.";
    default:
      if (code && /^ERR_TLS|CERT|^UNABLE_TO_|SELF_SIGNED/.test(code)) return `TLS failed (${code}): check the receiver's certificate.`;
      return `Could not reach the receiver: ${error instanceof Error ? error.message : String(error)}.`;
  }
}
