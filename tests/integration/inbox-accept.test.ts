import { describe, expect, it } from "vitest";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();

describe("inbox: accepting a conversation", () => {
  it("two agents pressing Accept at once: exactly one wins, every time, and the other is told who (100 races)", async () => {
    const { sam, alex } = await t.people();
    // Both in Billing, with room for every race.
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    await t.online(sam, 500);
    await t.online(alex, 500);
    const wins = { sam: 0, alex: 0 };
    for (let race = 0; race < 100; race++) {
      const session = await t.queued();
      const results = await Promise.all([sam, alex].map((who) => t.inbox(who, "accept", { conversationId: session.sessionId })));
      const winners = results.filter((r) => r.status === 200);
      const losers = results.filter((r) => r.status !== 200);
      expect(winners, `race ${race}`).toHaveLength(1);
      expect(losers[0]!.status).toBe(409);
      const winner = results[0]!.status === 200 ? sam : alex;
      wins[winner === sam ? "sam" : "alex"]++;
      expect(losers[0]!.error?.message).toBe(`${winner.name} already accepted this conversation.`);
      const row = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
      expect(row).toMatchObject({ status: "ASSIGNED", assigneeId: winner.userId, queuedAt: null });
      // One joined line and one introduction: the loser posted nothing.
      expect(await t.api.test.db.message.count({ where: { conversationId: session.sessionId, author: "SYSTEM", text: { endsWith: "joined the chat" } } })).toBe(
        1,
      );
    }
    expect(wins.sam + wins.alex).toBe(100);
  });

  it("warm handoff: the bot introduces the agent by name, then the joined line, before any agent message", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const before = await t.transcript(session);
    const accepted = await t.inbox(sam, "accept", { conversationId: session.sessionId });
    expect(accepted).toMatchObject({ status: 200, data: { conversationId: session.sessionId } });
    const after = await t.transcript(session);
    expect(after.status).toBe("assigned");
    const added = after.messages.slice(before.messages.length);
    expect(added.map((m) => [m.author, m.text])).toEqual([
      ["bot", "Sam Carter from Billing is joining — they've read our conversation."],
      ["system", "Sam Carter joined the chat"],
    ]);
    expect(added[1]).toMatchObject({ status: "assigned", agentName: "Sam Carter" });
    const handoff = await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } });
    expect(handoff).toMatchObject({ acceptedById: sam.userId, acceptedAt: t.api.clock.now });
  });

  it("cold handoff: only the joined line", async () => {
    const { alex } = await t.people();
    await t.online(alex);
    const session = await t.queued("technical");
    const before = await t.transcript(session);
    expect(before.status).toBe("queued");
    expect((await t.inbox(alex, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const added = (await t.transcript(session)).messages.slice(before.messages.length);
    expect(added.map((m) => [m.author, m.text])).toEqual([["system", "Alex Kim joined the chat"]]);
  });

  it("an agent at capacity cannot accept another, with a message saying what to do", async () => {
    const { sam } = await t.people();
    await t.online(sam, 1);
    const first = await t.queued();
    // Queued while Sam still has room; Sam then takes the first one.
    const second = await t.queued();
    expect((await t.inbox(sam, "accept", { conversationId: first.sessionId })).status).toBe(200);
    const refused = await t.inbox(sam, "accept", { conversationId: second.sessionId });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(/your limit.*Resolve or transfer one/);
    expect((await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: second.sessionId } })).status).toBe("QUEUED");
    // Accepting again what one already has is not an error.
    expect((await t.inbox(sam, "accept", { conversationId: first.sessionId })).status).toBe(200);
  });
});
