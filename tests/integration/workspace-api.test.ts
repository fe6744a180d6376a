import { describe, expect, it } from "vitest";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { setupApi } from "../helpers/api-harness";

const api = setupApi();
const flowDocument = (greeting: string) => ({
  version: 1,
  nodes: [
    { id: "s", type: "start", position: { x: 0, y: 0 }, data: {} },
    { id: "m", type: "message", position: { x: 200, y: 0 }, data: { text: greeting } },
    { id: "e", type: "end", position: { x: 400, y: 0 }, data: { askRating: false } },
  ],
  edges: [
    { id: "1", source: "s", sourceHandle: "next", target: "m" },
    { id: "2", source: "m", sourceHandle: "next", target: "e" },
  ],
});

describe("workspace API (API tokens)", () => {
  it("needs a valid token", async () => {
    expect((await api.json("GET", "/api/v1/flows")).status).toBe(401);
    expect((await api.json("GET", "/api/v1/flows", { token: "tdm_nope" })).status).toBe(401);
    const { secret: token } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "ci" });
    await api.test.db.apiToken.updateMany({ data: { revokedAt: new Date() } });
    expect((await api.json("GET", "/api/v1/flows", { token })).status).toBe(401);
    await expect(createApiTokenForAdmin(api.test.db, { email: "sam@acme.test", name: "agent" })).rejects.toThrow(/No admin/);
  });

  it("imports, exports, publishes a flow and chats with it", async () => {
    const { secret: token } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "ci" });
    expect((await api.test.db.apiToken.findFirstOrThrow()).tokenHash).not.toContain(token.slice(4));
    const list = await api.json<{ flows: { slug: string; publishedVersion: number }[] }>("GET", "/api/v1/flows", { token });
    expect(list.body.flows).toEqual([expect.objectContaining({ slug: "acme", publishedVersion: 1 })]);

    const created = await api.json<{ id: string; slug: string }>("POST", "/api/v1/flows", {
      token,
      body: { name: "Hello bot", slug: "hello", document: flowDocument("Hello from the API") },
    });
    expect(created.status).toBe(201);
    const exported = await api.json<{ document: { nodes: unknown[] } }>("GET", `/api/v1/flows/${created.body.id}`, { token });
    expect(exported.body.document.nodes).toHaveLength(3);
    expect((await api.json("POST", "/api/v1/chat/hello/sessions")).status).toBe(404); // a draft is not public
    const published = await api.json("POST", `/api/v1/flows/${created.body.id}/publish`, { token });
    expect(published.body).toEqual({ slug: "hello", version: 1 });
    const chat = await api.json<{ messages: { text: string }[] }>("POST", "/api/v1/chat/hello/sessions");
    expect(chat.body.messages[0]!.text).toBe("Hello from the API");
  });

  it("refuses invalid documents and unpublishable flows with the problems, changing nothing", async () => {
    const { secret: token } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "ci" });
    const before = await api.test.db.flow.count();
    const notAFlow = await api.json<{ error: { code: string; problems: { message: string }[] } }>("POST", "/api/v1/flows", {
      token,
      body: { name: "Bad", document: { version: 1, nodes: [{ id: "x", type: "teleport" }], edges: [] } },
    });
    expect(notAFlow.status).toBe(422);
    expect(notAFlow.body.error.code).toBe("flow_invalid");
    expect(notAFlow.body.error.problems[0]!.message).toMatch(/node/i);
    const future = await api.json("POST", "/api/v1/flows", { token, body: { name: "Bad", document: { version: 99, nodes: [], edges: [] } } });
    expect(future.status).toBe(422);
    expect(await api.test.db.flow.count()).toBe(before);

    const broken = flowDocument("Hi");
    broken.edges.pop();
    const created = await api.json<{ id: string }>("POST", "/api/v1/flows", { token, body: { name: "Dead end", document: broken } });
    const refused = await api.json<{ error: { problems: { code: string; nodeId: string }[] } }>("POST", `/api/v1/flows/${created.body.id}/publish`, { token });
    expect(refused.status).toBe(422);
    expect(refused.body.error.problems).toEqual([expect.objectContaining({ code: "unconnected_port", nodeId: "m" })]);
    expect(await api.test.db.flowVersion.count({ where: { flowId: created.body.id } })).toBe(0);
  });

  it("lists conversations by status, and never another workspace's flows", async () => {
    const { secret: token } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "ci" });
    await api.json("POST", "/api/v1/chat/acme/sessions");
    const all = await api.json<{ conversations: { status: string; flow: { slug: string } }[] }>("GET", "/api/v1/conversations?status=bot", { token });
    expect(all.body.conversations).toEqual([expect.objectContaining({ status: "bot", flow: expect.objectContaining({ slug: "acme" }) })]);
    expect((await api.json("GET", "/api/v1/conversations?status=lost", { token })).status).toBe(400);
    const other = await api.test.db.workspace.create({ data: { name: "Other", slug: "other" } });
    const foreign = await api.test.db.flow.create({ data: { workspaceId: other.id, name: "Theirs", slug: "theirs", draft: flowDocument("x") } });
    expect((await api.json("GET", `/api/v1/flows/${foreign.id}`, { token })).status).toBe(404);
    expect((await api.json("POST", `/api/v1/flows/${foreign.id}/publish`, { token })).status).toBe(404);
  });
});
