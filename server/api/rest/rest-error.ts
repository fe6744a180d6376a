import { ZodError, z } from "zod";
import { DomainError, type DomainErrorCode } from "../../errors";
import { FlowInvalid } from "../../flows/publish-flow";

const statuses: Record<DomainErrorCode, [number, string]> = {
  BAD_REQUEST: [400, "invalid_request"],
  UNAUTHORIZED: [401, "unauthorized"],
  FORBIDDEN: [403, "forbidden"],
  NOT_FOUND: [404, "not_found"],
  CONFLICT: [409, "conflict"],
  TOO_MANY_REQUESTS: [429, "rate_limited"],
  UNAVAILABLE: [503, "unavailable"],
};

const HTTP_ERROR = Symbol.for("tandem.HttpError");

/**
 * An error the client caused, with the HTTP status and code to answer with.
 * Recognised by a brand, not by class identity: Next.js bundles each route
 * separately, and the process-wide rate limiters (made by whichever route ran
 * first) throw the class of that route's copy — `instanceof` alone turned
 * their 429s into 500s in the other routes.
 */
export class HttpError extends Error {
  readonly [HTTP_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && HTTP_ERROR in value;
  }

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Per-field messages, as a schema error gives them (e.g. the field holding a NUL). */
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** The one place REST errors become `{ error: { code, message } }` responses. */
export function errorResponse(error: unknown): Response {
  if (error instanceof FlowInvalid) {
    return Response.json({ error: { code: "flow_invalid", message: error.message, problems: error.problems } }, { status: 422 });
  }
  if (error instanceof HttpError) {
    const fields = error.fields ? { fields: error.fields } : {};
    return Response.json({ error: { code: error.code, message: error.message, ...fields } }, { status: error.status, headers: error.headers });
  }
  if (error instanceof DomainError) {
    const [status, code] = statuses[error.code];
    // A service that names the field at fault (details.field) gets the same `fields` shape as a schema error.
    const field = error.details?.field;
    const fields = typeof field === "string" ? { fields: { [field]: [error.message] } } : {};
    return Response.json({ error: { code, message: error.message, ...fields } }, { status });
  }
  if (error instanceof ZodError) {
    const fields = z.flattenError(error);
    const first = error.issues[0];
    const message = first ? `${first.path.join(".") || "body"}: ${first.message}` : "The request body is not valid.";
    return Response.json({ error: { code: "invalid_body", message, fields: fields.fieldErrors } }, { status: 400 });
  }
  console.error("[api] unexpected error", error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side. Try again in a moment." } }, { status: 500 });
}
