import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { API_TRANSPORT, setupApi } from "../helpers/api-harness";
import { fuzzOptions } from "../helpers/fuzz-options";
import { nastyRawBody, nastySegment, nastyString, nearlyValidBody } from "../helpers/nasty-input";

// "Never a 5xx, always a JSON error with a code": garbage bodies, paths, methods, headers and queries at the
// public chat API, the workspace API and flow import, on both paths (API_TRANSPORT). Bounded runs with a
// fixed seed (tests/helpers/fuzz-options.ts: FUZZ_SEED and FUZZ_RUNS override; a failure prints both).
const api = setupApi();

interface Session {
  sessionId: string;
  token: string;
}

/** The API's promise for one answer; an SSE stream that opened is closed at once. */
async function expectSane(response: Response, what: string): Promise<number> {
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    await response.body?.cancel();
    return response.status;
  }
  const text = await response.text();
  expect(response.status, `${what} → ${response.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.headers.get("content-type"), what).toContain("application/json");
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, `${what} → ${text.slice(0, 200)}`).toBe("string");
    expect(typeof body.error?.message, what).toBe("string");
  }
  return response.status;
}

async function start(): Promise<Session> {
  return (await api.json<Session>("POST", "/api/v1/chat/acme/sessions")).body;
}

describe(`fuzzing the public API (${API_TRANSPORT} path)`, () => {
  it("customer endpoints: nearly-valid and garbage bodies never give a 5xx", async () => {
    const session = await start();
    const id = fc.uuid();
    const endpoints: [string, Record<string, fc.Arbitrary<unknown>>][] = [
      ["messages", { clientMessageId: id, text: fc.constantFrom("where is my order", "hello") }],
      ["messages", { clientMessageId: id, choice: fc.constantFrom("yes", "no") }],
      ["typing", { typing: fc.boolean() }],
      ["read", { seq: fc.nat(10) }],
      ["rating", { rating: fc.integer({ min: 1, max: 5 }), comment: fc.constant("ok") }],
      ["callback", { phone: fc.constant("+44 20 7946 0000"), startsAt: fc.constant("2026-11-23T11:00:00.000Z") }],
      ["handoff", {}],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints).chain(([path, fields]) =>
          fc.tuple(
            fc.constant(path),
            fc.oneof(
              nearlyValidBody(fields).map((body) => JSON.stringify(body)),
              nastyRawBody,
            ),
          ),
        ),
        async ([path, rawBody]) => {
          const response = await api.call("POST", `/api/v1/chat/sessions/${session.sessionId}/${path}`, { token: session.token, rawBody });
          await expectSane(response, `POST ${path} ${rawBody.slice(0, 100)}`);
        },
      ),
      fuzzOptions(150),
    );
  });

  it("starting a chat: any slug, any body, any channel", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant("acme"), nastySegment),
        fc.oneof(
          nearlyValidBody({ channel: fc.constantFrom("web", "api") }).map((b) => JSON.stringify(b)),
          nastyRawBody,
        ),
        async (slug, rawBody) => {
          const response = await api.call("POST", `/api/v1/chat/${slug}/sessions`, { rawBody });
          await expectSane(response, `POST /chat/${slug}/sessions ${rawBody.slice(0, 100)}`);
        },
      ),
      fuzzOptions(60),
    );
  });

  it("paths, methods, tokens, headers and queries: garbage anywhere is a JSON 4xx", async () => {
    const session = await start();
    const { secret } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "fuzz" });
    const flow = await api.test.db.flow.findFirstOrThrow();
    const templates = [
      (s: string) => `/api/v1/chat/sessions/${s}`,
      (s: string) => `/api/v1/chat/sessions/${s}/messages`,
      (s: string) => `/api/v1/chat/sessions/${s}/transcript`,
      (s: string) => `/api/v1/chat/sessions/${s}/callback-slots`,
      (s: string) => `/api/v1/chat/sessions/${s}/events`,
      (s: string) => `/api/v1/flows/${s}`,
      (s: string) => `/api/v1/flows/${s}/publish`,
      (s: string) => `/api/v1/${s}`,
      (s: string) => `/api/v1/${s}/${s}`,
      (s: string) => `/api/v1/conversations?status=${s}`,
      (s: string) => `/api/v1/chat/sessions/${session.sessionId}/events?lastEventId=${s}`,
      (s: string) => `/embed/${s}/config`,
    ];
    const auth = fc.oneof(
      fc.constant(`Bearer ${session.token}`),
      fc.constant(`Bearer ${secret}`),
      nastyString.filter((text) => /^[\x20-\x7e]*$/.test(text)).map((text) => `Bearer ${text}`),
      fc.constantFrom("", "Basic eDp5", "Bearer", "bearer tdm_"),
    );
    const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...templates),
        fc.oneof(nastySegment, fc.constantFrom(session.sessionId, flow.id)),
        fc.constantFrom("GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
        fc.option(auth),
        fc.record({ "content-type": fc.option(headerValue), "last-event-id": fc.option(headerValue), "x-forwarded-for": fc.option(headerValue) }),
        fc.option(nastyRawBody),
        async (template, segment, method, authorization, extra, rawBody) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries({ ...extra, authorization })) if (value !== null) headers[name] = value;
          const path = template(segment);
          const body = method === "GET" ? undefined : (rawBody ?? undefined);
          const response = await api.call(method, path, { headers, rawBody: body });
          await expectSane(response, `${method} ${path.slice(0, 120)} ${body?.slice(0, 60) ?? ""}`);
        },
      ),
      fuzzOptions(200),
    );
  });

  it("flow import: documents of any shape, names and slugs of any text, never a 5xx and never half a flow", async () => {
    const { secret } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "fuzz" });
    const node = (id: unknown, type: unknown, data: unknown) => ({ id, type, position: { x: 0, y: 0 }, data });
    const document = fc.oneof(
      nearlyValidBody({ version: fc.constant(1), nodes: fc.constant([]), edges: fc.constant([]) }),
      fc
        .tuple(
          fc.oneof(nastyString, fc.constant("m")),
          fc.constantFrom("start", "message", "ask", "end", "teleport", "__proto__"),
          nearlyValidBody({ text: fc.constant("hi") }),
        )
        .map(([id, type, data]) => ({ version: 1, nodes: [node("s", "start", {}), node(id, type, data)], edges: [] })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(nastyString, fc.constant("Imported")),
        fc.option(fc.oneof(nastyString, fc.constantFrom("acme", "fresh-slug"))),
        document,
        async (name, slug, doc) => {
          const before = await api.test.db.flow.count();
          const body = slug === null ? { name, document: doc } : { name, slug, document: doc };
          const response = await api.call("POST", "/api/v1/flows", { token: secret, body });
          const status = await expectSane(response, `POST /flows ${JSON.stringify(body).slice(0, 200)}`);
          expect(await api.test.db.flow.count()).toBe(before + (status === 201 ? 1 : 0));
        },
      ),
      fuzzOptions(80),
    );
  });
});
