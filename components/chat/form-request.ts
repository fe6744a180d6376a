/** A refused form submission: the server's message, and per-field messages to show beside the fields. */
export class FormRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string[]>,
  ) {
    super(message);
  }
}

/**
 * A GET or POST to the customer's chat API for the end-of-chat forms, keeping
 * the per-field messages (`error.fields`) that the chat's message sender
 * does not need. Throws FormRequestError with words a customer can act on.
 */
export async function formRequest<T>(path: string, token: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new FormRequestError("We couldn't reach our server — check your connection and try again.", 0, {});
  }
  const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string; fields?: Record<string, string[]> } }) | null;
  if (response.ok && json) return json;
  if (response.status === 429) throw new FormRequestError("That was quick — please wait a moment and try again.", 429, {});
  if (response.status >= 500 || !json?.error)
    throw new FormRequestError("Something went wrong on our side. Please try again in a moment.", response.status, {});
  throw new FormRequestError(json.error.message ?? "That didn't work. Please try again.", response.status, json.error.fields ?? {});
}
