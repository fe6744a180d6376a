import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import type { Viewer } from "@/server/auth/viewer";
import type { ApiTokenView } from "@/server/workspace/api-token-view";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import type { ApiTokenList } from "@/server/workspace/list-api-tokens";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";

const api = setupApi();

/* --------------------------------------------------------------- helpers */

type TrpcResult<T> = Awaited<ReturnType<typeof callTrpc>> & { data: T | undefined };
function tokens<T = unknown>(who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
  return callTrpc({ db: api.test.db, viewer: who }, `apiTokens.${path}`, input, kind) as Promise<TrpcResult<T>>;
}

function members<T = unknown>(who: Viewer, path: string, input: unknown) {
  return callTrpc({ db: api.test.db, viewer: who }, `members.${path}`, input, "mutation") as Promise<TrpcResult<T>>;
}

async function viewer(email: string): Promise<Viewer> {
  const user = await api.test.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadViewer(api.test.db, user.id))!;
}

async function create(who: Viewer, name: string) {
  const created = await tokens<{ token: ApiTokenView; secret: string }>(who, "create", { name });
  expect(created.status, JSON.stringify(created.error)).toBe(200);
  return created.data!;
}

const list = async (who: Viewer) => (await tokens<ApiTokenList>(who, "list", undefined, "query")).data!;
const flows = (token: string) => api.json<{ flows: { slug: string }[] }>("GET", "/api/v1/flows", { token });
const later = (seconds: number) => (api.clock.now = new Date(api.clock.now.getTime() + seconds * 1000));

/** Rows straight into the table (a hash nobody can present): to fill a workspace up to its limit quickly. */
const filler = (workspaceId: string, count: number, revoked = false) =>
  api.test.db.apiToken.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      workspaceId,
      name: `filler ${i}`,
      tokenHash: randomBytes(32).toString("hex"),
      prefix: "tdm_fill",
      revokedAt: revoked ? new Date() : null,
    })),
  });

/* ----------------------------------------------------------------- tests */

describe("Settings → API tokens", () => {
  it("creates a token that works on the workspace API at once, records its last use, and shows it only once", async () => {
    const morgan = await viewer("admin@acme.test");
    const { token, secret } = await create(morgan, "  deploy script  ");
    expect(secret).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "deploy script", prefix: secret.slice(0, 8), createdByName: "Morgan Reyes", lastUsedAt: null, revokedAt: null });

    const response = await flows(secret);
    expect(response.status).toBe(200);
    expect(response.body.flows).toEqual([expect.objectContaining({ slug: "acme" })]);
    const row = await api.test.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.lastUsedAt).toEqual(api.clock.now);
    expect(row.tokenHash).not.toContain(secret.slice(4));

    // The list shows the use, never the token or its hash.
    const { tokens: listed, maxActive } = await list(morgan);
    expect(maxActive).toBe(50);
    expect(listed).toEqual([
      expect.objectContaining({ id: token.id, name: "deploy script", prefix: secret.slice(0, 8), lastUsedAt: api.clock.now, revokedAt: null }),
    ]);
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "createdByName", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
    const raw = JSON.stringify(listed);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain(secret.slice(8));
    expect(raw).not.toContain(row.tokenHash);
  });

  it("records the last use to the minute, without a write per request", async () => {
    const morgan = await viewer("admin@acme.test");
    const { token, secret } = await create(morgan, "busy script");
    const firstUse = new Date(api.clock.now);
    await flows(secret);
    later(30);
    expect((await flows(secret)).status).toBe(200);
    expect((await api.test.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(firstUse);
    later(60);
    await flows(secret);
    expect((await api.test.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(api.clock.now);
  });

  it("revokes a token: the next request gets 401 and the list shows it revoked; a revoked token can then be deleted", async () => {
    const morgan = await viewer("admin@acme.test");
    const { token, secret } = await create(morgan, "old integration");
    const kept = await create(morgan, "kept");
    expect((await flows(secret)).status).toBe(200);

    const revoked = await tokens<ApiTokenView>(morgan, "revoke", { tokenId: token.id });
    expect(revoked.status).toBe(200);
    expect(revoked.data!.revokedAt).toEqual(expect.any(Date));
    const refused = await api.json<{ error: { code: string; message: string } }>("GET", "/api/v1/flows", { token: secret });
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: "unauthorized", message: expect.stringMatching(/revoked/) });
    expect((await api.json("GET", "/api/v1/conversations", { token: secret })).status).toBe(401);
    expect((await flows(kept.secret)).status).toBe(200);

    // Active tokens first, then the revoked one, which keeps when it was last used.
    const { tokens: listed } = await list(morgan);
    expect(listed.map((t) => [t.name, t.revokedAt !== null])).toEqual([
      ["kept", false],
      ["old integration", true],
    ]);
    expect(listed[1]!.lastUsedAt).toEqual(api.clock.now);

    // Revoking again changes nothing.
    later(120);
    const again = await tokens<ApiTokenView>(morgan, "revoke", { tokenId: token.id });
    expect(again.data!.revokedAt).toEqual(revoked.data!.revokedAt);

    // Only a revoked token can be deleted.
    const refusedDelete = await tokens(morgan, "delete", { tokenId: kept.token.id });
    expect(refusedDelete.status).toBe(409);
    expect(refusedDelete.error?.message).toMatch(/Revoke this token before deleting it/);
    expect((await tokens(morgan, "delete", { tokenId: token.id })).status).toBe(200);
    expect((await list(morgan)).tokens.map((t) => t.name)).toEqual(["kept"]);
    expect((await flows(secret)).status).toBe(401);
    expect((await tokens(morgan, "delete", { tokenId: token.id })).status).toBe(404);
  });

  it("refuses bad names field by field and creates nothing", async () => {
    const morgan = await viewer("admin@acme.test");
    for (const [name, message] of [
      ["", /Name the token/],
      ["    ", /Name the token/],
      ["x".repeat(61), /60 characters or fewer/],
      ["two\nlines", /one line/],
      [undefined, /Name the token/],
      [42, /Name the token/],
    ] as const) {
      const result = await tokens(morgan, "create", name === undefined ? {} : { name });
      expect(result.status, String(name)).toBe(400);
      expect(result.error?.data.code).toBe("BAD_REQUEST");
      expect(Object.keys(result.error?.data.fieldErrors ?? {})).toEqual(["name"]);
      expect(result.error?.data.fieldErrors?.name?.[0]).toMatch(message);
    }
    expect(await api.test.db.apiToken.count()).toBe(0);
    expect((await create(morgan, "y".repeat(60))).token.name).toHaveLength(60);
  });

  it("is for admins: agents get 403 and the signed-out 401, and nothing they try happens", async () => {
    const morgan = await viewer("admin@acme.test");
    const sam = await viewer("sam@acme.test");
    const { token, secret } = await create(morgan, "ci");
    for (const [path, input, kind] of [
      ["list", undefined, "query"],
      ["create", { name: "agent's token" }, "mutation"],
      ["revoke", { tokenId: token.id }, "mutation"],
      ["delete", { tokenId: token.id }, "mutation"],
    ] as const) {
      const asAgent = await tokens(sam, path, input, kind);
      expect(asAgent.status, path).toBe(403);
      expect(asAgent.error?.data.code, path).toBe("FORBIDDEN");
      expect((await tokens(null, path, input, kind)).status, path).toBe(401);
    }
    expect(await api.test.db.apiToken.count()).toBe(1);
    expect((await flows(secret)).status).toBe(200);
  });

  it("keeps each workspace to its own tokens: another workspace's token is NOT_FOUND and keeps working", async () => {
    const morgan = await viewer("admin@acme.test");
    const { viewers } = await makeWorkspace(api.test.db, [{ name: "Ada", role: "ADMIN" }]);
    const ada = viewers[0]!;
    const theirs = await create(ada, "their script");
    await create(morgan, "our script");

    expect((await list(morgan)).tokens.map((t) => t.name)).toEqual(["our script"]);
    expect((await list(ada)).tokens.map((t) => t.name)).toEqual(["their script"]);
    for (const path of ["revoke", "delete"]) {
      const result = await tokens(morgan, path, { tokenId: theirs.token.id });
      expect(result.status, path).toBe(404);
      expect(result.error?.data.code).toBe("NOT_FOUND");
    }
    expect((await api.test.db.apiToken.findUniqueOrThrow({ where: { id: theirs.token.id } })).revokedAt).toBeNull();
    // Their token sees their (empty) workspace, never ours.
    const response = await flows(theirs.secret);
    expect(response.status).toBe(200);
    expect(response.body.flows).toEqual([]);
  });

  it("limits a workspace to 50 active tokens (revoked ones don't count), also when admins create at once", async () => {
    const morgan = await viewer("admin@acme.test");
    await filler(morgan.workspaceId, 49);
    await filler(morgan.workspaceId, 5, true);
    const results = await Promise.all(["a", "b", "c"].map((name) => tokens(morgan, "create", { name })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.error?.data.code).toBe("CONFLICT");
    expect(refused.error?.message).toMatch(/already has 50 active API tokens.*Revoke one/);
    expect(await api.test.db.apiToken.count({ where: { workspaceId: morgan.workspaceId, revokedAt: null } })).toBe(50);
    // The CLI goes through the same service and the same limit.
    await expect(createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "from the cli" })).rejects.toThrow(/50 active/);

    const { tokens: listed } = await list(morgan);
    await tokens(morgan, "revoke", { tokenId: listed.find((t) => t.revokedAt === null)!.id });
    const { secret } = await create(morgan, "room again");
    expect((await flows(secret)).status).toBe(200);
  });

  it("a member who leaves, or stops being an admin, loses the tokens they made at once; other admins' tokens keep working", async () => {
    const morgan = await viewer("admin@acme.test");
    const sam = await viewer("sam@acme.test");
    const { viewers } = await makeWorkspace(api.test.db, [{ name: "Elsewhere", role: "ADMIN" }]);
    const ours = await create(morgan, "morgan's script");
    // Sam becomes an admin, makes two tokens, and is made an agent again.
    expect((await members(morgan, "changeRole", { membershipId: sam.membershipId, role: "ADMIN" })).status).toBe(200);
    const promoted = await viewer("sam@acme.test");
    const first = await create(promoted, "sam's first");
    const second = await create(promoted, "sam's second");
    expect((await flows(first.secret)).status).toBe(200);
    const demoted = await members<{ revokedTokens: number }>(morgan, "changeRole", { membershipId: sam.membershipId, role: "AGENT" });
    expect(demoted.status).toBe(200);
    expect(demoted.data!.revokedTokens).toBe(2);
    for (const { secret } of [first, second]) expect((await flows(secret)).status).toBe(401);
    expect((await flows(ours.secret)).status).toBe(200);
    // Revoked, not deleted: the list still says who made them.
    expect((await list(morgan)).tokens.map((t) => [t.name, t.createdByName, t.revokedAt !== null])).toEqual([
      ["morgan's script", "Morgan Reyes", false],
      ["sam's second", "Sam Carter", true], // newest first
      ["sam's first", "Sam Carter", true],
    ]);

    // Made an admin again, Sam's old tokens stay revoked; removing Sam revokes the new one.
    await members(morgan, "changeRole", { membershipId: sam.membershipId, role: "ADMIN" });
    expect((await flows(first.secret)).status).toBe(401);
    const third = await create(await viewer("sam@acme.test"), "sam's third");
    const removed = await members<{ revokedTokens: number }>(morgan, "remove", { membershipId: sam.membershipId });
    expect(removed.data).toEqual({ revokedTokens: 1 });
    expect((await flows(third.secret)).status).toBe(401);
    expect((await flows(ours.secret)).status).toBe(200);
    expect(await api.test.db.apiToken.count({ where: { workspaceId: viewers[0]!.workspaceId } })).toBe(0);
  });

  it("two admins deleting one revoked token at once: one deletes it, the other is told it is gone", async () => {
    const morgan = await viewer("admin@acme.test");
    const { token } = await create(morgan, "old");
    await tokens(morgan, "revoke", { tokenId: token.id });
    const results = await Promise.all([0, 1, 2].map(() => tokens(morgan, "delete", { tokenId: token.id })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 404, 404]);
    expect(results.find((r) => r.status === 404)!.error?.message).toMatch(/no longer exists/);
    expect(await api.test.db.apiToken.count({ where: { id: token.id } })).toBe(0);
  });

  it("the CLI makes the same token through the same service, checking the name the same way", async () => {
    const morgan = await viewer("admin@acme.test");
    const { token, secret } = await createApiTokenForAdmin(api.test.db, { email: " Admin@Acme.test ", name: "deploy" });
    expect((await flows(secret)).status).toBe(200);
    expect((await list(morgan)).tokens).toEqual([
      expect.objectContaining({ id: token.id, name: "deploy", createdByName: "Morgan Reyes", prefix: secret.slice(0, 8) }),
    ]);
    await expect(createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: " " })).rejects.toThrow(/--name: Name the token/);
    await expect(createApiTokenForAdmin(api.test.db, { email: "sam@acme.test", name: "agent" })).rejects.toThrow(/No admin/);
    expect(await api.test.db.apiToken.count()).toBe(1);
  });
});
