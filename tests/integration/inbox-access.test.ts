import { describe, expect, it } from "vitest";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();

describe("inbox: who may see and do what", () => {
  it("agent of the team, agent of another team, admin, another workspace: list, conversation, accept, send and the rest", async () => {
    const { sam, alex, morgan } = await t.people();
    const other = await makeWorkspace(t.api.test.db, [
      { name: "Olive", role: "ADMIN" },
      { name: "Otto", role: "AGENT" },
    ]);
    const [olive, otto] = other.viewers;
    await t.online(sam);
    const session = await t.queued(); // Billing: Sam's team
    const id = session.sessionId;
    const listed = async (who: typeof sam, view: string) => ((await t.inbox<{ id: string }[]>(who, "list", { view }, "query")).data ?? []).map((row) => row.id);

    expect(await listed(sam, "unassigned")).toEqual([id]);
    expect(await listed(alex, "unassigned")).toEqual([]);
    expect(await listed(morgan, "unassigned")).toEqual([id]);
    expect(await listed(morgan, "all")).toEqual([id]);
    expect(await listed(olive!, "all")).toEqual([]);
    expect(await listed(otto!, "unassigned")).toEqual([]);
    expect((await t.inbox(alex, "counts", undefined, "query")).data).toMatchObject({ unassigned: 0, all: null });
    expect((await t.inbox(morgan, "counts", undefined, "query")).data).toMatchObject({ unassigned: 1, all: 1 });
    expect((await t.inbox(olive!, "counts", undefined, "query")).data).toMatchObject({ unassigned: 0, all: 0 });

    const status = async (who: typeof sam | null, path: string, input: unknown, kind: "query" | "mutation" = "mutation") =>
      (await t.inbox(who, path, input, kind)).status;
    for (const [who, expected] of [
      [sam, 200],
      [alex, 404],
      [morgan, 200],
      [olive, 404],
      [otto, 404],
    ] as const) {
      expect(await status(who!, "conversation", { conversationId: id }, "query"), who!.name).toBe(expected);
    }
    // Outsiders cannot act on it, and learn nothing from trying.
    for (const who of [alex, olive!, otto!]) {
      for (const [path, input] of [
        ["accept", { conversationId: id }],
        ["send", { conversationId: id, text: "hi" }],
        ["note", { conversationId: id, text: "hi" }],
        ["resolve", { conversationId: id }],
        ["handBack", { conversationId: id, nodeId: "understand" }],
        ["transfer", { conversationId: id, agentUserId: who.userId }],
      ] as const) {
        const result = await t.inbox(who, path, input);
        expect(result.status, `${who.name} ${path}`).toBe(404);
        expect(result.error?.message).toBe("This conversation does not exist or is not in your teams.");
      }
    }
    expect(await status(null, "accept", { conversationId: id })).toBe(401);
    expect(await status(null, "counts", undefined, "query")).toBe(401);

    expect(await status(sam, "accept", { conversationId: id })).toBe(200);
    expect(await status(sam, "send", { conversationId: id, text: "Hello from Sam" })).toBe(200);
    // The admin sees and manages every conversation, but replies only in their own.
    expect(await status(morgan, "send", { conversationId: id, text: "Admin here" })).toBe(409);
    expect(await status(morgan, "note", { conversationId: id, text: "Watching this one" })).toBe(200);
    expect(await status(alex, "send", { conversationId: id, text: "hi" })).toBe(404);
    expect(await t.api.test.db.message.count({ where: { conversationId: id, author: "AGENT" } })).toBe(1);
    expect(await status(morgan, "resolve", { conversationId: id })).toBe(200);
  });

  it("an agent cannot resolve, hand back or transfer a colleague's conversation; admins can", async () => {
    const { sam, alex, morgan } = await t.people();
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    for (const [path, input] of [
      ["resolve", { conversationId: session.sessionId }],
      ["handBack", { conversationId: session.sessionId, nodeId: "end" }],
    ] as const) {
      const result = await t.inbox(alex, path, input);
      expect(result.status).toBe(409);
      expect(result.error?.message).toMatch(/^Sam Carter is handling this conversation/);
    }
    expect((await t.inbox(morgan, "handBack", { conversationId: session.sessionId, nodeId: "end" })).status).toBe(200);
    expect((await t.transcript(session)).messages.filter((m) => m.author === "bot").at(-1)?.text).toMatch(/^How did we do\?/);
  });
});
