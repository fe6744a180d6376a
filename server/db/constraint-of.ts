import type { ConstraintName } from "./constraint-names";

/** Which kind of constraint a write violated (PostgreSQL's SQLSTATE class 23). */
export type ConstraintKind = "unique" | "foreign_key" | "not_null" | "check" | "exclusion";

export interface ViolatedConstraint {
  kind: ConstraintKind;
  /** The constraint's or unique index's name, when the database said it (always for unique violations). */
  name: ConstraintName | (string & {}) | null;
}

const kinds = new Map<string, ConstraintKind>([
  ["23505", "unique"],
  ["23503", "foreign_key"],
  ["23502", "not_null"],
  ["23514", "check"],
  ["23P01", "exclusion"],
]);

interface PgLikeError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown; constraint?: { index?: unknown } } } };
  cause?: unknown;
}

/**
 * The constraint a failed write violated, or null when the error is not a
 * constraint violation — the one place that reads the database's errors,
 * however they arrive: Prisma's known errors (P2002 from a model call, P2010
 * from a raw statement, both carrying the driver adapter's cause with the
 * SQLSTATE), a `pg` DatabaseError, or PGlite's. PostgreSQL puts the name in
 * a field; where a wrapper drops it, it is read from PostgreSQL's own message
 * (`… violates unique constraint "name"`), which has that form in every locale-free build.
 */
export function constraintOf(error: unknown): ViolatedConstraint | null {
  for (let current = error as PgLikeError | undefined, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const adapter = current.meta?.driverAdapterError?.cause;
    if (adapter && typeof adapter.originalCode === "string") {
      const kind = kinds.get(adapter.originalCode);
      if (kind) return { kind, name: stringOr(adapter.constraint?.index) ?? nameInMessage(adapter.originalMessage) };
    }
    if (typeof current.code === "string" && kinds.has(current.code)) {
      return { kind: kinds.get(current.code)!, name: stringOr(current.constraint) ?? nameInMessage(current.message) };
    }
    current = current.cause as PgLikeError | undefined;
  }
  return null;
}

/** True when `error` violated the named unique constraint. */
export function violatesUnique(error: unknown, name: ConstraintName): boolean {
  const violated = constraintOf(error);
  return violated?.kind === "unique" && violated.name === name;
}

const stringOr = (value: unknown) => (typeof value === "string" && value ? value : null);

function nameInMessage(message: unknown): string | null {
  return typeof message === "string" ? (/constraint "([^"]+)"/.exec(message)?.[1] ?? null) : null;
}
