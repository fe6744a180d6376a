import "server-only";
import type { z } from "zod";
import type { Viewer } from "../../auth/viewer";
import { verifyApiToken } from "../../auth/verify-api-token";
import { viewerOfRequest } from "../../auth/viewer-of-request";
import { authorizeCustomer } from "../../conversations/authorize-customer";
import type { TurnConversation } from "../../conversations/load-conversation";
import type { RequestKey } from "../../conversations/request-key";
import type { Runtime } from "../../runtime/runtime";
import { findUnsafeText, unsafeTextMessage } from "../../flow/find-unsafe-text";
import { clientAddress } from "../../net/trust-proxy";
import { publicApi, type ApiLimiters, type PublicApi } from "./public-api";
import { readJsonBody } from "./read-json-body";
import { bearerToken } from "./request-info";
import { errorResponse, HttpError } from "./rest-error";
import { turnMark } from "../../runtime/turn-mark";

/**
 * Who may call: anyone (rate-limited by address), the customer holding the
 * session's token, a workspace API token, or a signed-in agent (cookie).
 */
export type EndpointAuth = "public" | "customer" | "workspace" | "agent";

type Caller<A extends EndpointAuth> = A extends "customer"
  ? { conversation: TurnConversation }
  : A extends "workspace"
    ? { workspaceId: string; userId: string | null }
    : A extends "agent"
      ? { viewer: Viewer }
      : object;

export type EndpointContext<A extends EndpointAuth, B, Q> = Caller<A> & {
  api: PublicApi;
  runtime: Runtime;
  request: Request;
  /** Path parameters, percent-decoded and checked for NUL and broken characters. */
  params: Record<string, string>;
  body: B;
  query: Q;
  /** The client's address as the rate limits see it (TRUST_PROXY decides which hop). */
  ip: string;
};

export interface EndpointSpec<A extends EndpointAuth, B, Q> {
  auth: A;
  /** A JSON object body, parsed with the shared schema; `optional` reads an empty body as `{}`. */
  body?: { schema: z.ZodType<B>; maxBytes: number; optional?: boolean; precheck?: (raw: Record<string, unknown>) => void };
  /** The query string as an object of strings, parsed with the shared schema. */
  query?: z.ZodType<Q>;
  /** Limits besides the per-address one every public request takes, taken once the request is known to be well-formed. */
  limits?: Exclude<keyof ApiLimiters, "perIp">[];
  /**
   * A customer endpoint whose body carries an idempotency key: the body is read
   * before the token is checked, so the conversation and the key's earlier
   * request load in one statement (the caller's `conversation.request`). Its
   * errors still come after the token's, in the usual order.
   */
  requestKey?: (body: B) => RequestKey | null;
  handle(context: EndpointContext<A, B, Q>): Promise<Response>;
}

/** What the route table holds: one endpoint, answering a request whose path matched, with the decoded path parameters. */
export type Endpoint = (request: Request, params: Record<string, string>) => Promise<Response>;

/**
 * The one wrapper every REST endpoint goes through (as dub's withWorkspace):
 * checks the text of the path and query, takes the per-address limit,
 * authenticates, reads and parses the body with the endpoint's schema,
 * takes the endpoint's other limits, runs the handler, and turns any error
 * into `{ error: { code, message } }` (rest-error.ts). Handlers stay a
 * schema and a service call.
 */
export function endpoint<A extends EndpointAuth, B = undefined, Q = undefined>(spec: EndpointSpec<A, B, Q>): Endpoint {
  return async (request, params) => {
    try {
      const api = await publicApi();
      const url = new URL(request.url);
      refuseUnsafe(params, "path");
      const rawQuery = Object.fromEntries(url.searchParams);
      refuseUnsafe(rawQuery, "query");
      const ip = clientAddress(request.headers.get("x-forwarded-for"), api.trustProxy);
      // Signed-in agents are not counted by address: an office behind one NAT would lock itself out.
      if (spec.auth !== "agent") api.perIp.take(ip);
      const early = spec.requestKey && spec.body ? await settle(readBody(request, spec.body)) : null;
      turnMark("parse");
      const key = early?.ok && spec.requestKey ? spec.requestKey(early.value) : null;
      const caller = await authenticate(spec.auth, api, request, params, key);
      turnMark("load");
      const query = spec.query ? spec.query.parse(rawQuery) : (undefined as Q);
      const body = early ? early.take() : spec.body ? await readBody(request, spec.body) : (undefined as B);
      for (const limit of spec.limits ?? []) api[limit].take(limitKey(limit, { ip, params, caller }));
      return await spec.handle({ ...(caller as Caller<A>), api, runtime: api.runtime, request, params, body, query, ip });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function authenticate(auth: EndpointAuth, api: PublicApi, request: Request, params: Record<string, string>, key: RequestKey | null): Promise<object> {
  const { db, now } = api.runtime;
  if (auth === "customer") return { conversation: await authorizeCustomer(db, params.sessionId ?? "", bearerToken(request), key) };
  if (auth === "workspace") return verifyApiToken(db, bearerToken(request), now());
  if (auth === "agent") {
    const viewer = await viewerOfRequest(db, request);
    if (!viewer) throw new HttpError(401, "unauthorized", "Your session has ended. Sign in again.");
    return { viewer };
  }
  return {};
}

async function readBody<B>(request: Request, spec: NonNullable<EndpointSpec<EndpointAuth, B, unknown>["body"]>): Promise<B> {
  const raw = await readJsonBody(request, spec.maxBytes);
  if (raw === undefined && !spec.optional) throw new HttpError(400, "invalid_body", "This request needs a JSON object as its body.");
  const value = raw === undefined ? {} : raw;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpError(400, "invalid_body", "The request body must be a JSON object ({ … }).");
  }
  refuseUnsafe(value, "body");
  spec.precheck?.(value as Record<string, unknown>);
  return spec.schema.parse(value);
}

/** A promise's outcome, held: `take()` gives the value or throws the error where the caller would have awaited it. */
async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T; take(): T } | { ok: false; take(): never }> {
  try {
    const value = await promise;
    return { ok: true, value, take: () => value };
  } catch (error) {
    return {
      ok: false,
      take: () => {
        throw error;
      },
    };
  }
}

/** NUL and lone surrogates are refused where text enters: PostgreSQL cannot store a NUL, and a lone surrogate is not text. */
function refuseUnsafe(value: unknown, where: "path" | "query" | "body") {
  const found = findUnsafeText(value);
  if (!found) return;
  const message = unsafeTextMessage(found, where);
  const field = found.path.length > 0 ? String(found.path[0]) : where;
  throw new HttpError(400, found.problem === "depth" ? "invalid_body" : "invalid_text", message, {}, { [field]: [message] });
}

function limitKey(limit: Exclude<keyof ApiLimiters, "perIp">, known: { ip: string; params: Record<string, string>; caller: object }): string {
  if (limit === "perSession") return (known.caller as { conversation?: TurnConversation }).conversation?.id ?? known.ip;
  if (limit === "sessionsPerFlow") return known.params.slug ?? "";
  return known.ip;
}
