import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import type { Viewer } from "../auth/viewer";
import type { PrismaClient } from "../db/generated/client";
import { DomainError, type DomainErrorCode } from "../errors";
import { findUnsafeText, unsafeTextMessage } from "../flow/find-unsafe-text";
import { FlowInvalid } from "../flows/publish-flow";
import { processRuntime } from "../runtime/process-runtime";
import type { Runtime } from "../runtime/runtime";
import { trpcTransformer } from "./trpc-transformer";

/* ---------------------------------------------------------------- context */

/** What every procedure gets: the database and who is asking (null when signed out). */
export interface TrpcContext {
  db: PrismaClient;
  viewer: Viewer | null;
}

/* ------------------------------------------------------------------- init */

const t = initTRPC.context<TrpcContext>().create({
  transformer: trpcTransformer,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      // Per-field messages for forms, from the one Zod schema of the input.
      fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
      // The same, field by field for nested inputs (a list of rules): `rules.2.value`.
      issues: error.cause instanceof ZodError ? error.cause.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) : null,
      // What a DomainError tells the client beyond its message (e.g. who saved the newer draft).
      details: error.cause instanceof DomainError ? (error.cause.details ?? null) : null,
      // Why a flow cannot be published or imported, problem by problem.
      problems: error.cause instanceof FlowInvalid ? error.cause.problems : null,
    },
  }),
});

/* --------------------------------------------------- domain error mapping */

const trpcCodes: Record<DomainErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** The one place services' DomainErrors become tRPC errors with the same message. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodes[cause.code], message: cause.message, cause });
  }
  return result;
});

/* ------------------------------------------------------------ input text */

/**
 * Every input's text, before any schema: a NUL (PostgreSQL refuses it in text
 * and JSON) or a lone surrogate (not Unicode) anywhere — a team name, a
 * canned reply, a node's text in a draft — is refused as a schema error on
 * that field, so forms show it beside the field (fieldErrors/issues) instead
 * of a 500 from the database. Refused, not stripped: ids must stay ids.
 */
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    return next(); // an unreadable body: a procedure with an input says so itself; one without ignores it, as before
  }
  const found = findUnsafeText(raw);
  if (found) {
    const message = unsafeTextMessage(found, "input");
    throw new TRPCError({ code: "BAD_REQUEST", message, cause: fieldError(found.path, message) });
  }
  return next();
});

/** A ZodError as a schema would throw it (an Error, so tRPC keeps it as the cause and the formatter finds the field). */
function fieldError(path: PropertyKey[], message: string): ZodError {
  const refused = z.unknown().superRefine((_value, context) => context.addIssue({ code: "custom", path, message }));
  return refused.safeParse(null).error!;
}

/* ------------------------------------------------------------- procedures */

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(refuseUnsafeText).use(mapDomainErrors);

/** Signed in, any role. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended. Sign in again." });
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});

/** Admins only: flows, analytics and settings. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.role !== "ADMIN") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only workspace admins can do that." });
  }
  return next({ ctx });
});

/* ---------------------------------------------------------------- runtime */

/**
 * `ctx.runtime`: the process's runtime (server/runtime — bus, NLU, LLM,
 * clock, caches) on this request's database. Only procedures that use it
 * build it, so a read of the database alone never starts the bus.
 */
const withRuntime = t.middleware(async ({ ctx, next }) => {
  const runtime: Runtime = { ...(await processRuntime()), db: ctx.db };
  return next({ ctx: { runtime } });
});

/** Signed in, any role, with `ctx.runtime`. */
export const runtimeProcedure = protectedProcedure.use(withRuntime);

/** Admins only, with `ctx.runtime`. */
export const adminRuntimeProcedure = adminProcedure.use(withRuntime);
