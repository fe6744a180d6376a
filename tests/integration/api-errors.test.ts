import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { API_TRANSPORT, setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";

// Every /api/v1 refusal is `{ error: { code, message } }` JSON with the right status (docs/api.md), on
// both paths (API_TRANSPORT): the route files in-process and the production server's direct path.
const api = setupApi();

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

async function refused(method: string, path: string, options: Parameters<typeof api.call>[2] = {}) {
  const response = await api.call(method, path, options);
  expect(response.headers.get("content-type"), `${method} ${path}`).toContain("application/json");
  const body = (await response.json()) as ErrorBody;
  expect(body.error.message.length, `${method} ${path}`).toBeGreaterThan(10);
  return { status: response.status, headers: response.headers, error: body.error };
}

async function start() {
  return (await api.json<{ sessionId: string; token: string }>("POST", "/api/v1/chat/acme/sessions")).body;
}

const messageCount = (sessionId: string) => api.test.db.message.count({ where: { conversationId: sessionId } });

describe(`every /api/v1 error is JSON (${API_TRANSPORT} path)`, () => {
  it("an unknown path is a JSON 404; a known path with another method a JSON 405 with Allow; OPTIONS says what is allowed", async () => {
    for (const path of ["/api/v1/nope", "/api/v1/chat/sessions/x/nope", "/api/v1/flows/x/y/z", "/api/v1/chat/acme"]) {
      expect(await refused("GET", path)).toMatchObject({ status: 404, error: { code: "not_found" } });
    }
    const wrong = await refused("GET", "/api/v1/chat/sessions/x/messages");
    expect(wrong).toMatchObject({ status: 405, error: { code: "method_not_allowed" } });
    expect(wrong.headers.get("allow")).toBe("POST, OPTIONS");
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const answer = await refused(method, "/api/v1/flows");
      expect(answer.status, method).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET, POST, OPTIONS");
    }
    const options = await api.call("OPTIONS", "/api/v1/chat/sessions/x");
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, OPTIONS");
  });

  it("a broken percent-escape in the path is a 400; a NUL or a broken character in a path parameter names it", async () => {
    for (const path of ["/api/v1/chat/sessions/%ff", "/api/v1/chat/sessions/%", "/api/v1/chat/sessions/%ed%a0%80/events", "/api/v1/chat/%e0%a4%a/sessions"]) {
      expect(await refused("GET", path)).toMatchObject({ status: 400, error: { code: "invalid_path" } });
    }
    const nul = await refused("POST", "/api/v1/chat/a%00b/sessions");
    expect(nul).toMatchObject({ status: 400, error: { code: "invalid_text", fields: { slug: [expect.stringContaining("NUL")] } } });
  });

  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"hello"'],
    ["nothing at all", ""],
  ])("a message body that is %s is a 400 and stores nothing", async (_what, rawBody) => {
    const session = await start();
    const answer = await refused("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, rawBody });
    expect(answer).toMatchObject({ status: 400, error: { code: "invalid_body" } });
    expect(await messageCount(session.sessionId)).toBe(2);
  });

  it("an empty body is fine where it is optional (starting a chat), and pressing 'Talk to a person' reads none; null is still refused", async () => {
    const started = await api.call("POST", "/api/v1/chat/acme/sessions", { rawBody: "" });
    expect(started.status).toBe(201);
    const session = (await started.json()) as { sessionId: string; token: string };
    expect((await api.call("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token })).status).toBe(200);
    expect(await refused("POST", "/api/v1/chat/acme/sessions", { rawBody: "null" })).toMatchObject({ status: 400, error: { code: "invalid_body" } });
  });

  it.each([
    ["text", { clientMessageId: "a", text: "hello\u0000world" }, "text", "NUL"],
    ["text", { clientMessageId: "a", text: "broken \ud800 half" }, "text", "surrogate"],
    ["clientMessageId", { clientMessageId: "id\u0000", text: "hi" }, "clientMessageId", "NUL"],
    ["clientMessageId", { clientMessageId: "\udfff", text: "hi" }, "clientMessageId", "surrogate"],
    ["choice", { clientMessageId: "a", choice: "yes\u0000" }, "choice", "NUL"],
    ["a key", { clientMessageId: "a", text: "hi", "k\u0000": 1 }, "k\u0000", "NUL"],
  ])("a NUL or lone surrogate in %s is refused with invalid_text naming the field, and nothing is stored", async (_where, body, field, problem) => {
    const session = await start();
    const answer = await refused("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body });
    expect(answer.status).toBe(400);
    expect(answer.error.code).toBe("invalid_text");
    expect(answer.error.fields?.[field]?.[0]).toContain(problem);
    expect(await messageCount(session.sessionId)).toBe(2);
  });

  it("emoji and other well-formed surrogate pairs are text like any other", async () => {
    const session = await start();
    const reply = await api.json<{ status: string }>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
      token: session.token,
      body: { clientMessageId: "🙂-1", text: "thanks 🙂👍🏽" },
    });
    expect(reply.status).toBe(200);
  });

  it("hostile keys (__proto__, constructor) and wrong types are a 400, never a 500", async () => {
    const session = await start();
    for (const rawBody of [
      '{"clientMessageId":"a","text":"hi","__proto__":{"admin":true}}',
      '{"clientMessageId":"a","constructor":{"prototype":{}}}',
      '{"clientMessageId":1e999,"text":"hi"}',
      '{"clientMessageId":["a"],"text":{"toString":"x"}}',
    ]) {
      const answer = await refused("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, rawBody });
      expect(answer.status, rawBody).toBe(400);
    }
    const deep = await refused("POST", `/api/v1/chat/sessions/${session.sessionId}/typing`, {
      token: session.token,
      rawBody: `{"typing":${"[".repeat(500)}${"]".repeat(500)}}`,
    });
    expect(deep).toMatchObject({ status: 400, error: { code: "invalid_body" } });
  });

  it("a NUL in the query is refused naming the parameter", async () => {
    const { secret } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "query" });
    const answer = await refused("GET", "/api/v1/conversations?status=bot%00", { token: secret });
    expect(answer).toMatchObject({ status: 400, error: { code: "invalid_text", fields: { status: [expect.any(String)] } } });
  });
});

describe("flow import through the workspace API", () => {
  const flowDocument = (text: string) => ({
    version: 1,
    nodes: [
      { id: "s", type: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "m", type: "message", position: { x: 200, y: 0 }, data: { text } },
      { id: "e", type: "end", position: { x: 400, y: 0 }, data: { askRating: false } },
    ],
    edges: [
      { id: "1", source: "s", sourceHandle: "next", target: "m" },
      { id: "2", source: "m", sourceHandle: "next", target: "e" },
    ],
  });

  it("a slug another workspace uses is a 409 naming the field (not a 500), and creates nothing", async () => {
    const { secret } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "import" });
    const { workspace } = await makeWorkspace(api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    await api.test.db.flow.create({ data: { workspaceId: workspace.id, name: "Theirs", slug: "taken", draft: flowDocument("x") } });
    const before = await api.test.db.flow.count();
    for (const slug of ["taken", "acme"]) {
      const answer = await refused("POST", "/api/v1/flows", { token: secret, body: { name: "Mine", slug, document: flowDocument("Hi") } });
      expect(answer).toMatchObject({ status: 409, error: { code: "conflict", fields: { slug: [expect.stringContaining(`"${slug}"`)] } } });
    }
    expect(await api.test.db.flow.count()).toBe(before);
    const free = await api.json<{ slug: string }>("POST", "/api/v1/flows", { token: secret, body: { name: "Acme", document: flowDocument("Hi") } });
    expect(free.status).toBe(201);
    expect(free.body.slug).toMatch(/^acme-[0-9a-f]{6}$/);
  });

  it("a NUL or broken character in a node's text, a node id or the name is a 400 naming where, and creates nothing", async () => {
    const { secret } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "import" });
    const before = await api.test.db.flow.count();
    const badId = flowDocument("Hi");
    badId.nodes[1]!.id = "m\u0000";
    for (const [body, field] of [
      [{ name: "Bad", document: flowDocument("Hello\u0000") }, "document"],
      [{ name: "Bad", document: badId }, "document"],
      [{ name: "Bad\ud800", document: flowDocument("Hi") }, "name"],
    ] as const) {
      const answer = await refused("POST", "/api/v1/flows", { token: secret, body });
      expect(answer).toMatchObject({ status: 400, error: { code: "invalid_text" } });
      expect(Object.keys(answer.error.fields ?? {})).toEqual([field]);
    }
    expect(await api.test.db.flow.count()).toBe(before);
  });

  it("the builder's import (tRPC) takes a free slug, and refuses a file whose JSON escapes a NUL with the problem", async () => {
    const admin = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
    const viewer = (await loadViewer(api.test.db, admin.id))!;
    const imported = await callTrpc({ db: api.test.db, viewer }, "flows.importDocument", { name: "acme", text: JSON.stringify(flowDocument("Hi")) });
    expect(imported.status).toBe(200);
    expect((imported.data as { slug: string }).slug).toMatch(/^acme-[0-9a-f]{6}$/);
    const nul = await callTrpc({ db: api.test.db, viewer }, "flows.importDocument", { name: "Nul", text: JSON.stringify(flowDocument("a\u0000b")) });
    expect(nul.status).toBe(400);
    expect(nul.error?.message).toMatch(/problem/);
  });
});
