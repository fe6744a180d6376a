import { describe, expect, it } from "vitest";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();

async function assignedToSam() {
  const { sam } = await t.people();
  await t.online(sam);
  const session = await t.queued();
  expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
  return { sam, session };
}

describe("inbox: the live conversation", () => {
  it("the agent's reply reaches the customer's transcript, with the agent's name; the bot never answers while a person owns it", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const whileQueued = await t.say(session, "hello? is anyone there?");
    expect(whileQueued.body).toEqual({ status: "queued", messages: [] });
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const whileAssigned = await t.say(session, "my invoice is wrong");
    expect(whileAssigned.body).toEqual({ status: "assigned", messages: [] });

    const sent = await t.inbox<{ seq: number }>(sam, "send", { conversationId: session.sessionId, text: "  Hi, I'm looking at your invoice now.  " });
    expect(sent.status).toBe(200);
    const transcript = await t.transcript(session);
    expect(transcript.messages.at(-1)).toMatchObject({
      seq: sent.data!.seq,
      author: "agent",
      text: "Hi, I'm looking at your invoice now.",
      agentName: "Sam Carter",
    });
    const stored = await t.api.test.db.message.findFirstOrThrow({ where: { conversationId: session.sessionId, seq: sent.data!.seq } });
    expect(stored).toMatchObject({ author: "AGENT", agentId: sam.userId });
    // No bot message after the handoff's waiting line, whatever the customer wrote.
    const afterQueue = transcript.messages.slice(transcript.messages.findIndex((m) => m.status === "queued") + 1);
    expect(afterQueue.filter((m) => m.author === "bot").map((m) => m.text)).toEqual(["Sam Carter from Billing is joining — they've read our conversation."]);

    const detail = await t.inbox<{
      messages: { author: string; text: string; agentName: string | null }[];
      canReply: boolean;
      canAccept: boolean;
      handoff: { kind: string; reason: string; context: { summary: string; channel: string } };
    }>(sam, "conversation", { conversationId: session.sessionId }, "query");
    expect(detail.data).toMatchObject({ canReply: true, canAccept: false, handoff: { kind: "WARM", reason: "button", context: { channel: "api" } } });
    expect(detail.data!.messages.at(-1)).toMatchObject({ author: "agent", agentName: "Sam Carter" });
    expect(detail.data!.messages.map((m) => m.author)).toContain("bot");
  });

  it("refuses replies from anyone but the assignee, and to conversations no longer with a person", async () => {
    const { session } = await assignedToSam();
    const { morgan } = await t.people();
    const admin = await t.inbox(morgan, "send", { conversationId: session.sessionId, text: "hi" });
    expect(admin.status).toBe(409);
    expect(admin.error?.message).toMatch(/Sam Carter is handling this conversation/);
    const empty = await t.inbox((await t.people()).sam, "send", { conversationId: session.sessionId, text: "   " });
    expect(empty.status).toBe(400);
  });

  it("replies and customer messages sent at once each get their own next seq, and bump the version; a refused reply writes nothing", async () => {
    const { sam, session } = await assignedToSam();
    const before = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0 ? t.inbox<{ seq: number }>(sam, "send", { conversationId: session.sessionId, text: `reply ${i}` }) : t.say(session, `customer ${i}`),
      ),
    );
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const after = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(after.lastSeq).toBe(before.lastSeq + 6);
    expect(after.version).toBe(before.version + 6);
    const added = await t.api.test.db.message.findMany({ where: { conversationId: session.sessionId, seq: { gt: before.lastSeq } }, orderBy: { seq: "asc" } });
    expect(added.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5, 6].map((n) => before.lastSeq + n));
    expect(
      added
        .filter((message) => message.author === "AGENT")
        .map((message) => message.text)
        .sort(),
    ).toEqual(["reply 0", "reply 2", "reply 4"]);

    // Resolved (the flow goes on to its rating): the reply is refused with the reason, and nothing is stored.
    expect((await t.inbox(sam, "resolve", { conversationId: session.sessionId })).status).toBe(200);
    const resolved = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    const late = await t.inbox(sam, "send", { conversationId: session.sessionId, text: "one more thing" });
    expect(late.status).toBe(409);
    expect(late.error?.message).toMatch(/The bot is handling this conversation again/);
    const unchanged = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect({ lastSeq: unchanged.lastSeq, version: unchanged.version }).toEqual({ lastSeq: resolved.lastSeq, version: resolved.version });
    expect(await t.api.test.db.message.count({ where: { conversationId: session.sessionId, text: "one more thing" } })).toBe(0);

    // Not a conversation of the agent's workspace: as if it did not exist.
    const missing = await t.inbox(sam, "send", { conversationId: "no-such-conversation", text: "hello" });
    expect(missing.status).toBe(404);
  });

  it("resolve: the flow continues from the handoff's resolved exit to the rating, then the customer rates and it closes", async () => {
    const { sam, session } = await assignedToSam();
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Refund issued." });
    const resolved = await t.inbox(sam, "resolve", { conversationId: session.sessionId });
    expect(resolved).toMatchObject({ status: 200, data: { conversationId: session.sessionId, status: "BOT" } });
    // Out of Mine, into Resolved at once — while the bot still asks for the rating.
    expect((await t.inbox(sam, "counts", undefined, "query")).data).toMatchObject({ mine: 0, resolved: 1 });
    const transcript = await t.transcript(session);
    expect(
      transcript.messages
        .filter((m) => m.author === "bot")
        .slice(-2)
        .map((m) => m.text),
    ).toEqual(["Thanks for chatting with Acme!", "How did we do? Rate this chat from 1 (poor) to 5 (great)."]);
    const handoff = await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } });
    expect(handoff).toMatchObject({ outcome: "RESOLVED", resolvedAt: t.api.clock.now });

    const late = await t.inbox(sam, "send", { conversationId: session.sessionId, text: "one more thing" });
    expect(late.status).toBe(409);

    const rated = await t.say(session, "choice:5");
    expect(rated.body.status).toBe("resolved");
    expect((await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).rating).toBe(5);
    const afterResolve = await t.inbox(sam, "send", { conversationId: session.sessionId, text: "hello again" });
    expect(afterResolve.status).toBe(409);
    expect(afterResolve.error?.message).toMatch(/resolved/);
    const list = await t.inbox<{ id: string }[]>(sam, "list", { view: "resolved" }, "query");
    expect(list.data!.map((r) => r.id)).toContain(session.sessionId);
  });

  it("hand back at a node: the bot owns the conversation again and answers the next message", async () => {
    const { sam, session } = await assignedToSam();
    const detail = await t.inbox<{ handBackNodes: { id: string; label: string }[] }>(sam, "conversation", { conversationId: session.sessionId }, "query");
    expect(detail.data!.handBackNodes.map((n) => n.id)).not.toContain("start");
    expect(detail.data!.handBackNodes.find((n) => n.id === "understand")).toEqual({ id: "understand", label: "Understand: What can I help you with today?" });

    const unknown = await t.inbox(sam, "handBack", { conversationId: session.sessionId, nodeId: "nope" });
    expect(unknown.status).toBe(400);
    const back = await t.inbox(sam, "handBack", { conversationId: session.sessionId, nodeId: "understand" });
    expect(back.status).toBe(200);
    const transcript = await t.transcript(session);
    expect(transcript.status).toBe("bot");
    expect(transcript.messages.filter((m) => m.author === "bot").at(-1)).toMatchObject({ text: "What can I help you with today?" });
    expect(transcript.messages.at(-1)).toMatchObject({ author: "system", status: "bot" });
    const reply = await t.say(session, "I forgot my password and can't log in");
    expect(reply.body.status).toBe("bot");
    expect(reply.body.messages[0]!.text).toContain("How to reset your password");
    expect(await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } })).toMatchObject({ outcome: "HANDED_BACK" });
    expect((await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).queuedAt).toBeNull();
  });

  it("a resolve and a hand-back at the same moment: one wins, the other is told, and the bot runs once", async () => {
    for (let round = 0; round < 5; round++) {
      const { sam, session } = await assignedToSam();
      const before = (await t.transcript(session)).messages.length;
      const results = await Promise.all([
        t.inbox(sam, "resolve", { conversationId: session.sessionId }),
        t.inbox(sam, "handBack", { conversationId: session.sessionId, nodeId: "understand" }),
        t.inbox(sam, "resolve", { conversationId: session.sessionId }),
      ]);
      expect(results.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
      for (const refused of results.filter((r) => r.status !== 200)) {
        expect(refused.status).toBe(409);
        expect(refused.error?.message).toMatch(/Someone else finished this conversation|no longer with a person|is with the bot|has ended|resolved/i);
      }
      // One bot reply for the one that won: the rating question, or the hand-back's question — never both, never twice.
      const added = (await t.transcript(session)).messages
        .slice(before)
        .filter((m) => m.author === "bot")
        .map((m) => m.text);
      const rated = added.filter((text) => /rate|How did we do/i.test(text)).length;
      const askedAgain = added.filter((text) => text === "What can I help you with today?").length;
      expect(rated + askedAgain, JSON.stringify(added)).toBe(1);
    }
  });

  it("notes are for agents: listed in the conversation, never in the customer's transcript", async () => {
    const { sam, session } = await assignedToSam();
    const note = await t.inbox<{ id: string }>(sam, "note", { conversationId: session.sessionId, text: "Customer is on the annual plan." });
    expect(note.status).toBe(200);
    const detail = await t.inbox<{ notes: { id: string; authorName: string; text: string }[] }>(
      sam,
      "conversation",
      { conversationId: session.sessionId },
      "query",
    );
    expect(detail.data!.notes).toEqual([expect.objectContaining({ id: note.data!.id, authorName: "Sam Carter", text: "Customer is on the annual plan." })]);
    expect((await t.transcript(session)).messages.map((m) => m.text)).not.toContain("Customer is on the annual plan.");
  });

  it("lists, counts and the agent's own status", async () => {
    const { sam } = await t.people();
    await t.online(sam, 4);
    const waiting = await t.queued();
    const mine = await t.queued();
    await t.inbox(sam, "accept", { conversationId: mine.sessionId });
    const counts = await t.inbox(sam, "counts", undefined, "query");
    expect(counts.data).toEqual({ mine: 1, unassigned: 1, email: 0, all: null, callbacks: 0, resolved: 0, emailAvailable: false });
    const unassigned = await t.inbox<Record<string, unknown>[]>(sam, "list", { view: "unassigned" }, "query");
    expect(unassigned.data).toEqual([
      {
        id: waiting.sessionId,
        status: "QUEUED",
        customerLabel: `Visitor ${waiting.sessionId.slice(-4)}`,
        reason: "button",
        teamName: "Billing",
        priority: 0,
        queuedAt: t.api.clock.now,
        assigneeName: null,
        lastMessage: { author: "system", text: "Waiting for a person to join", at: t.api.clock.now },
        unread: false,
        awaitingEmailReply: false,
      },
    ]);
    const mineRows = await t.inbox<{ id: string; assigneeName: string }[]>(sam, "list", { view: "mine" }, "query");
    expect(mineRows.data!.map((r) => [r.id, r.assigneeName])).toEqual([[mine.sessionId, "Sam Carter"]]);
    expect((await t.inbox(sam, "list", { view: "all" }, "query")).status).toBe(403);
    const me = await t.inbox(sam, "me", undefined, "query");
    expect(me.data).toEqual({ presence: "ONLINE", maxConcurrent: 4, teams: [{ id: expect.any(String), name: "Billing" }], activeCount: 1 });
    const teams = await t.inbox<{ name: string; open: boolean; agentsOnline: number }[]>(sam, "teams", undefined, "query");
    expect(teams.data!.map((team) => [team.name, team.open, team.agentsOnline])).toEqual([
      ["Billing", true, 1],
      ["Technical", true, 0],
    ]);
    const agents = await t.inbox<{ name: string; presence: string; activeCount: number }[]>(sam, "agents", undefined, "query");
    expect(agents.data!.map((a) => [a.name, a.presence, a.activeCount])).toEqual([
      ["Alex Kim", "OFFLINE", 0],
      ["Morgan Reyes", "OFFLINE", 0],
      ["Sam Carter", "ONLINE", 1],
    ]);
    const canned = await t.inbox<{ shortcut: string; title: string; text: string }[]>(sam, "cannedReplies", undefined, "query");
    expect(canned.data!.length).toBeGreaterThan(0);
    expect(Object.keys(canned.data![0]!).sort()).toEqual(["id", "shortcut", "text", "title"]);
  });
});
