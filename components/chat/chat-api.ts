/** The request never reached the server or its answer never came back: worth sending again as is. */
export class ChatNetworkError extends Error {
  constructor() {
    super("You seem to be offline. We'll send it as soon as the connection is back.");
  }
}

/** The server answered with an error: sending the same thing again will not help by itself. */
export class ChatApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** From Retry-After on 429. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }
}

/** What the customer reads for an error, with what to do next. */
function friendlyMessage(status: number, serverMessage: string | undefined): string {
  if (status === 429) return "You're sending messages quickly — please wait a moment.";
  if (status >= 500) return "Something went wrong on our side. Please try again in a moment.";
  return serverMessage ?? "That didn't work. Please try again.";
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get("retry-after");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

/**
 * One call to the public chat API. Throws ChatNetworkError when the network
 * failed (safe to retry with the same clientMessageId) and ChatApiError with
 * a customer-facing message when the server refused.
 */
export async function chatRequest<T>(path: string, options: { method?: "GET" | "POST"; body?: unknown; token?: string } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "POST",
      headers: {
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
    });
  } catch {
    throw new ChatNetworkError();
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as (T & { error?: { code?: string; message?: string } }) | null;
  if (!response.ok) {
    throw new ChatApiError(
      friendlyMessage(response.status, json?.error?.message),
      response.status,
      json?.error?.code ?? "error",
      response.status === 429 ? retryAfter(response) : null,
    );
  }
  if (json === null) throw new ChatApiError(friendlyMessage(500, undefined), response.status, "invalid_response", null);
  return json;
}
