import "server-only";

export interface PostOutcome {
  /** A 2xx answer. */
  delivered: boolean;
  status: number | null;
  /** The start of the receiver's answer. */
  body: string | null;
  /** Why it failed, in words an admin can act on; null when delivered. */
  error: string | null;
  durationMs: number;
}

const BODY_EXCERPT = 1000;

/**
 * One POST to a receiver, bounded by `timeoutMs` (the answer's body too).
 * Redirects are not followed: a signed request should go where the admin
 * said, so a 3xx is reported with its target instead. Never throws.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const text = (await response.text().catch(() => "")).slice(0, BODY_EXCERPT);
    const delivered = response.status >= 200 && response.status < 300;
    return { delivered, status: response.status, body: text || null, error: delivered ? null : refusal(response), durationMs: elapsed() };
  } catch (error) {
    return { delivered: false, status: null, body: null, error: networkError(error, timeoutMs), durationMs: elapsed() };
  }
}

function refusal(response: Response): string {
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location");
    return `The receiver redirected (${response.status}${location ? ` to ${location}` : ""}). Redirects are not followed: use the final URL.`;
  }
  return `The receiver answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; only a 2xx answer counts as delivered.`;
}

function networkError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") return `No answer within ${timeoutMs / 1000} s. Answer at once and do the work afterwards.`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case "ECONNREFUSED":
      return "Connection refused: nothing is listening at that address and port.";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "The host name could not be resolved. Check the URL.";
    case "ECONNRESET":
      return "The receiver closed the connection before answering.";
    default:
      if (cause?.code?.startsWith("ERR_TLS") || cause?.code?.includes("CERT")) return `TLS failed (${cause.code}): check the receiver's certificate.`;
      return `Could not reach the receiver: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}.`;
  }
}
