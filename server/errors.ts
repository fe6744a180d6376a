/**
 * Errors services throw on purpose. One place per transport maps them:
 * server/api/trpc.ts for tRPC, the REST helpers for /api/v1.
 */
export type DomainErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "UNAVAILABLE";

/** Facts a client may act on (e.g. the newer draft version of a CONFLICT); sent as `data.details`. */
export type DomainErrorDetails = Record<string, string | number | boolean | null>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: DomainErrorDetails,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
