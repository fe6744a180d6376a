import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { MAX_CANNED_REPLIES } from "@/server/workspace/create-canned-reply";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();
const db = () => t.api.test.db;

interface Reply {
  id: string;
  shortcut: string;
  title: string;
  text: string;
}
type Result<T> = Awaited<ReturnType<typeof callTrpc>> & { data: T | undefined };

function canned<T = Reply>(who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
  return callTrpc({ db: db(), viewer: who }, `cannedReplies.${path}`, input, kind) as Promise<Result<T>>;
}
/** What an agent's "/" menu gets. */
const picker = async (who: Viewer) => (await t.inbox<Reply[]>(who, "cannedReplies", undefined, "query")).data!;
const fieldErrors = (result: Result<unknown>) => result.error?.data.fieldErrors ?? {};
const details = (result: Result<unknown>) => (result.error?.data as { details?: { field?: string } | null } | undefined)?.details;

/** A workspace of its own (no demo replies) with an admin and an agent. */
async function workspace() {
  const { workspace, viewers } = await makeWorkspace(db(), [
    { name: "Ada", role: "ADMIN" },
    { name: "Sam", role: "AGENT" },
  ]);
  return { workspaceId: workspace.id, admin: viewers[0]!, agent: viewers[1]! };
}

async function add(admin: Viewer, input: { shortcut: string; title: string; text: string }) {
  const created = await canned(admin, "create", input);
  expect(created.status, JSON.stringify(created.error)).toBe(200);
  return created.data!;
}

describe("Settings → Canned replies", () => {
  it("creates, lists, edits and deletes replies, normalising the shortcut; the inbox's “/” menu follows each change", async () => {
    const { workspaceId, admin, agent } = await workspace();
    expect((await canned<Reply[]>(admin, "list", undefined, "query")).data).toEqual([]);

    const refund = await add(admin, { shortcut: "  /Refund-Policy ", title: "  Refund policy ", text: "  Refunds within 30 days.\nUnused items in full.  \n" });
    expect(refund).toMatchObject({ shortcut: "refund-policy", title: "Refund policy", text: "Refunds within 30 days.\nUnused items in full." });
    await add(admin, { shortcut: "bye", title: "Closing", text: "Anything else I can do for you, {{customer_name}}?" });

    const list = await canned<Reply[]>(admin, "list", undefined, "query");
    expect(list.data!.map((reply) => reply.shortcut)).toEqual(["bye", "refund-policy"]);
    expect(Object.keys(list.data![0]!).sort()).toEqual(["id", "shortcut", "text", "title"]);
    expect((await picker(agent)).map((reply) => reply.shortcut)).toEqual(["bye", "refund-policy"]);

    const edited = await canned(admin, "update", { cannedReplyId: refund.id, shortcut: "/REFUND", title: "Refunds", text: "Refunds take 5–10 working days." });
    expect(edited.status).toBe(200);
    expect(edited.data).toEqual({ id: refund.id, shortcut: "refund", title: "Refunds", text: "Refunds take 5–10 working days." });
    expect((await picker(agent)).find((reply) => reply.id === refund.id)).toMatchObject({ shortcut: "refund", text: "Refunds take 5–10 working days." });

    const deleted = await canned(admin, "delete", { cannedReplyId: refund.id });
    expect(deleted.data).toEqual({ cannedReplyId: refund.id, shortcut: "refund", title: "Refunds" });
    expect((await picker(agent)).map((reply) => reply.shortcut)).toEqual(["bye"]);
    expect(await db().cannedReply.count({ where: { workspaceId } })).toBe(1);
    // Deleting it again: it is gone, and says so.
    expect((await canned(admin, "delete", { cannedReplyId: refund.id })).status).toBe(404);
  });

  it("refuses a shortcut another reply has, with the message on the shortcut field, and changes nothing", async () => {
    const { workspaceId, admin } = await workspace();
    const hello = await add(admin, { shortcut: "hello", title: "Greeting", text: "Hi there!" });
    const other = await add(admin, { shortcut: "bye", title: "Closing", text: "Bye!" });

    const twin = await canned(admin, "create", { shortcut: "/HELLO", title: "Another greeting", text: "Hello!" });
    expect(twin.status).toBe(409);
    expect(twin.error?.message).toBe("/hello is already the shortcut of “Greeting”. Choose another shortcut.");
    expect(details(twin)?.field).toBe("shortcut");

    const rename = await canned(admin, "update", { cannedReplyId: other.id, shortcut: "Hello", title: "Changed", text: "Changed" });
    expect(rename.status).toBe(409);
    expect(details(rename)?.field).toBe("shortcut");

    const rows = await db().cannedReply.findMany({
      where: { workspaceId },
      orderBy: { shortcut: "asc" },
      select: { id: true, shortcut: true, title: true, text: true },
    });
    expect(rows).toEqual([other, hello]);

    // Keeping its own shortcut is no clash; another workspace may have its own /hello.
    expect((await canned(admin, "update", { cannedReplyId: hello.id, shortcut: "hello", title: "Hi", text: "Hi!" })).status).toBe(200);
    expect((await canned((await workspace()).admin, "create", { shortcut: "hello", title: "Greeting", text: "Hi" })).status).toBe(200);
  });

  it("two admins adding the same shortcut at once: one is added, the other told why", async () => {
    const { workspaceId, admin } = await workspace();
    const results = await Promise.all([1, 2].map((n) => canned(admin, "create", { shortcut: "race", title: `Racer ${n}`, text: "Go" })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(details(results.find((result) => result.status === 409)!)?.field).toBe("shortcut");
    expect(await db().cannedReply.count({ where: { workspaceId } })).toBe(1);
  });

  it("refuses bad input field by field, creates nothing and changes nothing", async () => {
    const { workspaceId, admin } = await workspace();
    const all = await canned(admin, "create", { shortcut: "refund policy!", title: "   ", text: "x".repeat(2001) });
    expect(all.status).toBe(400);
    expect(all.error?.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrors(all)).sort()).toEqual(["shortcut", "text", "title"]);
    expect(fieldErrors(all).shortcut?.[0]).toMatch(/only lower-case letters, digits and dashes/);
    expect(fieldErrors(all).title?.[0]).toMatch(/Enter a title/);
    expect(fieldErrors(all).text?.[0]).toBe("Keep the text to 2,000 characters or fewer.");

    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ shortcut: "x".repeat(33) }, "shortcut", /32 characters or fewer/],
      [{ shortcut: "/" }, "shortcut", /Enter a shortcut/],
      [{ shortcut: "ré" }, "shortcut", /lower-case letters/],
      [{ shortcut: "a_b" }, "shortcut", /lower-case letters/],
      [{ shortcut: 7 }, "shortcut", /Enter a shortcut/],
      [{ title: "t".repeat(81) }, "title", /80 characters or fewer/],
      [{ text: " \n " }, "text", /Enter the text/],
      [{ text: undefined }, "text", /Enter the reply's text/],
    ];
    for (const [change, field, message] of cases) {
      const result = await canned(admin, "create", { shortcut: "ok", title: "Fine", text: "Fine", ...change });
      expect(result.status, JSON.stringify(change)).toBe(400);
      expect(Object.keys(fieldErrors(result)), JSON.stringify(change)).toEqual([field]);
      expect(fieldErrors(result)[field]?.[0], JSON.stringify(change)).toMatch(message);
    }
    expect(await db().cannedReply.count({ where: { workspaceId } })).toBe(0);

    // Exactly at the limits is fine.
    const longest = await add(admin, { shortcut: "a-1".padEnd(32, "z"), title: "t".repeat(80), text: "x".repeat(2000) });
    const bad = await canned(admin, "update", { cannedReplyId: longest.id, shortcut: "Not OK", title: "", text: "y" });
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(["shortcut", "title"]);
    expect(await db().cannedReply.findUniqueOrThrow({ where: { id: longest.id }, select: { id: true, shortcut: true, title: true, text: true } })).toEqual(
      longest,
    );
  });

  it(`stops at ${MAX_CANNED_REPLIES} replies a workspace, saying what to do`, async () => {
    const { workspaceId, admin } = await workspace();
    await db().cannedReply.createMany({
      data: Array.from({ length: MAX_CANNED_REPLIES }, (_, i) => ({ workspaceId, shortcut: `r${i}`, title: `Reply ${i}`, text: "Text" })),
    });
    const refused = await canned(admin, "create", { shortcut: "one-more", title: "One more", text: "Text" });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(/at most 500 canned replies\. Delete/);
  });

  it("is for admins only: agents get 403 (and can still read them for the inbox), the signed-out 401", async () => {
    const { workspaceId, admin, agent } = await workspace();
    const reply = await add(admin, { shortcut: "hello", title: "Greeting", text: "Hi" });
    for (const [path, input, kind] of [
      ["list", undefined, "query"],
      ["create", { shortcut: "sneaky", title: "Sneaky", text: "Sneaky" }, "mutation"],
      ["update", { cannedReplyId: reply.id, shortcut: "hello", title: "Changed", text: "Changed" }, "mutation"],
      ["delete", { cannedReplyId: reply.id }, "mutation"],
    ] as const) {
      const asAgent = await canned(agent, path, input, kind);
      expect(asAgent.status, path).toBe(403);
      expect(asAgent.error?.data.code, path).toBe("FORBIDDEN");
      expect((await canned(null, path, input, kind)).status, path).toBe(401);
    }
    expect(await db().cannedReply.findMany({ where: { workspaceId }, select: { id: true, shortcut: true, title: true, text: true } })).toEqual([reply]);
    expect(await picker(agent)).toEqual([reply]);
  });

  it("keeps each workspace to its own replies: another workspace's cannot be listed, edited or deleted (NOT_FOUND)", async () => {
    const ours = await workspace();
    const theirs = await workspace();
    const reply = await add(ours.admin, { shortcut: "secret", title: "Ours", text: "Only for us" });

    expect((await canned<Reply[]>(theirs.admin, "list", undefined, "query")).data).toEqual([]);
    expect(await picker(theirs.agent)).toEqual([]);
    const edit = await canned(theirs.admin, "update", { cannedReplyId: reply.id, shortcut: "secret", title: "Theirs", text: "Hijacked" });
    expect(edit.status).toBe(404);
    expect(edit.error?.data.code).toBe("NOT_FOUND");
    expect((await canned(theirs.admin, "delete", { cannedReplyId: reply.id })).status).toBe(404);
    expect(await db().cannedReply.findUniqueOrThrow({ where: { id: reply.id }, select: { id: true, shortcut: true, title: true, text: true } })).toEqual(reply);
    // The demo workspace's admin cannot reach it either.
    expect((await canned((await t.people()).morgan, "delete", { cannedReplyId: reply.id })).status).toBe(404);
  });

  it("gives the agent who took a conversation what {{placeholders}} become: their name, the team's, what the bot collected", async () => {
    const { sam, morgan } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await db().conversation.update({ where: { id: session.sessionId }, data: { variables: { order_id: "A-1001", customer_name: "Dana" } } });
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const conversation = await t.inbox<{ canReply: boolean; replyPlaceholders: Record<string, string> }>(
      sam,
      "conversation",
      { conversationId: session.sessionId },
      "query",
    );
    expect(conversation.data).toMatchObject({
      canReply: true,
      replyPlaceholders: { agent_name: "Sam Carter", team_name: "Billing", customer_name: "Dana", order_id: "A-1001" },
    });

    // A reply the admin adds with placeholders is in Sam's menu as written; the composer fills it.
    await add(morgan, { shortcut: "order", title: "Order update", text: "Hi {{customer_name}}, {{agent_name}} here: order {{order_id}} ships today." });
    expect((await picker(sam)).find((reply) => reply.shortcut === "order")?.text).toBe(
      "Hi {{customer_name}}, {{agent_name}} here: order {{order_id}} ships today.",
    );
    // The demo's own replies are there too.
    expect((await picker(sam)).map((reply) => reply.shortcut)).toEqual(["bye", "checking", "hello", "order", "refund", "reset"]);
  });
});
