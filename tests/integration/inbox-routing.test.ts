import { describe, expect, it } from "vitest";
import { estimateWait, teamWaitFactors } from "@/server/handoff/team-wait-factors";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();

const conversation = (session: Session) => t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
const team = (name: string) => t.api.test.db.team.findFirstOrThrow({ where: { name } });

describe("inbox: transfer", () => {
  it("an admin takes over a conversation an agent holds (even while away); agents cannot, and the flags say who may do what", async () => {
    const { sam, alex, morgan } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Looking into it." });
    await t.api.test.db.membership.update({ where: { id: morgan.membershipId }, data: { presence: "AWAY" } });
    type Flags = { canReply: boolean; canManage: boolean; canTakeOver: boolean };
    const flags = async (who: typeof sam) => {
      const seen = await t.inbox<Flags>(who, "conversation", { conversationId: session.sessionId }, "query");
      return seen.data && { canReply: seen.data.canReply, canManage: seen.data.canManage, canTakeOver: seen.data.canTakeOver };
    };
    expect(await flags(sam)).toEqual({ canReply: true, canManage: true, canTakeOver: false });
    expect(await flags(morgan)).toEqual({ canReply: false, canManage: true, canTakeOver: true });

    const refused = await t.inbox(alex, "takeOver", { conversationId: session.sessionId });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toMatch(/Only admins can take over/);
    expect(await conversation(session)).toMatchObject({ assigneeId: sam.userId });

    const taken = await t.inbox(morgan, "takeOver", { conversationId: session.sessionId });
    expect(taken.status).toBe(200);
    expect(await conversation(session)).toMatchObject({ status: "ASSIGNED", assigneeId: morgan.userId });
    expect((await t.transcript(session)).messages.slice(-3).map((m) => m.text)).toEqual([
      "Transferred to Morgan Reyes",
      "Morgan Reyes from Billing is joining — they've read our conversation.",
      "Morgan Reyes joined the chat",
    ]);
    expect(await flags(morgan)).toEqual({ canReply: true, canManage: true, canTakeOver: false });
    expect((await t.inbox(sam, "send", { conversationId: session.sessionId, text: "still mine?" })).status).toBe(409);
    const again = await t.inbox(morgan, "takeOver", { conversationId: session.sessionId });
    expect(again.status).toBe(409);
    expect(again.error?.message).toBe("Morgan Reyes already has this conversation.");
  });

  it("to a team: back in that team's queue with a neutral line for the customer and the note for the next agent", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    const technical = await team("Technical");

    const nobody = await t.inbox(sam, "transfer", { conversationId: session.sessionId, teamId: technical.id });
    expect(nobody.status).toBe(409);
    expect(nobody.error?.message).toBe("Nobody in Technical is online right now. Choose another team or an agent who is online.");

    await t.online(alex);
    const moved = await t.inbox(sam, "transfer", { conversationId: session.sessionId, teamId: technical.id, note: "Login problem, not billing." });
    expect(moved.status).toBe(200);
    expect(await conversation(session)).toMatchObject({ status: "QUEUED", teamId: technical.id, assigneeId: null, queuedAt: t.api.clock.now });
    const transcript = await t.transcript(session);
    expect(transcript.messages.at(-1)).toMatchObject({ author: "system", text: "Transferred to Technical", status: "queued" });
    const handoffs = await t.api.test.db.handoff.findMany({ where: { conversationId: session.sessionId }, orderBy: { requestedAt: "asc" } });
    expect(handoffs.map((h) => [h.reason, h.outcome, h.teamId])).toEqual([
      ["button", "TRANSFERRED", (await team("Billing")).id],
      ["transfer", null, technical.id],
    ]);
    expect(handoffs[1]!.context).toEqual(handoffs[0]!.context);

    // Sam no longer sees it; Alex does, with the note, and can take it.
    expect((await t.inbox(sam, "conversation", { conversationId: session.sessionId }, "query")).status).toBe(404);
    const seen = await t.inbox<{ notes: { text: string; authorName: string }[]; canAccept: boolean }>(
      alex,
      "conversation",
      { conversationId: session.sessionId },
      "query",
    );
    expect(seen.data).toMatchObject({ canAccept: true, notes: [{ text: "Login problem, not billing.", authorName: "Sam Carter" }] });
    expect((await t.inbox(alex, "accept", { conversationId: session.sessionId })).status).toBe(200);
  });

  it("to an agent: refused while they are offline, assigned to them (introduced again) once online", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });

    const offline = await t.inbox(sam, "transfer", { conversationId: session.sessionId, agentUserId: alex.userId });
    expect(offline.status).toBe(409);
    expect(offline.error?.message).toMatch(/^Alex Kim is offline/);
    expect(await conversation(session)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });

    await t.online(alex);
    const before = (await t.transcript(session)).messages.length;
    expect((await t.inbox(sam, "transfer", { conversationId: session.sessionId, agentUserId: alex.userId })).status).toBe(200);
    expect(await conversation(session)).toMatchObject({ status: "ASSIGNED", assigneeId: alex.userId });
    const added = (await t.transcript(session)).messages.slice(before);
    expect(added.map((m) => m.text)).toEqual([
      "Transferred to Alex Kim",
      "Alex Kim from Billing is joining — they've read our conversation.",
      "Alex Kim joined the chat",
    ]);
    // Alex holds it through the assignment, outside his team.
    expect((await t.inbox(alex, "send", { conversationId: session.sessionId, text: "Hi, Alex here." })).status).toBe(200);
    expect((await t.inbox(sam, "send", { conversationId: session.sessionId, text: "still me?" })).status).toBe(409);

    const neither = await t.inbox(sam, "transfer", { conversationId: session.sessionId });
    expect(neither.status).toBe(400);
  });
});

describe("inbox: assignment policies, presence and capacity", () => {
  it("LEAST_BUSY gives each new conversation to the online agent with room and the fewest conversations", async () => {
    const { sam, alex } = await t.people();
    const billing = await team("Billing");
    await t.api.test.db.team.update({ where: { id: billing.id }, data: { assignmentPolicy: "LEAST_BUSY" } });
    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    await t.online(sam, 2);
    await t.online(alex, 1);
    const first = await t.queued();
    const firstHolder = (await conversation(first)).assigneeId;
    expect([sam.userId, alex.userId]).toContain(firstHolder);
    const second = await t.queued();
    // The other one (both then hold one).
    expect((await conversation(second)).assigneeId).not.toBe(firstHolder);
    const third = await t.queued();
    // Alex is full (1/1); Sam has room (1/2).
    expect(await conversation(third)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });
    // Both full now: the next one waits in the queue for room (the team's max wait), not sent to no_agent.
    const fourth = await t.queued();
    expect(await conversation(fourth)).toMatchObject({ status: "QUEUED", assigneeId: null });
    // The customer hears who joined, as with a manual accept.
    expect((await t.transcript(third)).messages.slice(-2).map((m) => m.text)).toEqual([
      "Sam Carter from Billing is joining — they've read our conversation.",
      "Sam Carter joined the chat",
    ]);
  });

  it("serves the queue in order: a newcomer does not take the seat someone before them is waiting for", async () => {
    const { sam } = await t.people();
    const billing = await team("Billing");
    await t.api.test.db.team.update({ where: { id: billing.id }, data: { assignmentPolicy: "LEAST_BUSY" } });
    await t.online(sam, 1);
    const first = await t.queued();
    expect(await conversation(first)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });
    const second = await t.queued();
    expect(await conversation(second)).toMatchObject({ status: "QUEUED", assigneeId: null });
    // Sam finishes the first; before any sweep runs, a third customer asks for a person.
    expect((await t.inbox(sam, "resolve", { conversationId: first.sessionId })).status).toBe(200);
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 1000);
    const third = await t.queued();
    expect(await conversation(second)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });
    expect(await conversation(third)).toMatchObject({ status: "QUEUED", assigneeId: null });
    // The second customer hears who joined, live, though the third one's request made room for them.
    expect((await t.transcript(second)).messages.at(-1)).toMatchObject({ author: "system", text: "Sam Carter joined the chat" });
  });

  it("ROUND_ROBIN takes turns among online agents with room; away agents are skipped", async () => {
    const { sam, alex, morgan } = await t.people();
    const billing = await team("Billing");
    await t.api.test.db.team.update({ where: { id: billing.id }, data: { assignmentPolicy: "ROUND_ROBIN" } });
    await t.api.test.db.teamMember.createMany({ data: [alex, morgan].map((who) => ({ teamId: billing.id, membershipId: who.membershipId })) });
    await Promise.all([sam, alex, morgan].map((who) => t.online(who, 10)));
    await t.api.test.db.membership.update({ where: { id: morgan.membershipId }, data: { presence: "AWAY" } });
    const holders = [];
    for (let i = 0; i < 4; i++) holders.push((await conversation(await t.queued())).assigneeId);
    expect(new Set(holders)).toEqual(new Set([sam.userId, alex.userId]));
    expect(holders[0]).not.toBe(holders[1]);
    expect(holders[2]).toBe(holders[0]);
    expect(holders[3]).toBe(holders[1]);
  });

  it("MANUAL leaves conversations queued; an agent going offline by hand returns what they had not answered", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const unanswered = await t.queued();
    const answered = await t.queued();
    expect((await conversation(unanswered)).status).toBe("QUEUED");
    await t.inbox(sam, "accept", { conversationId: unanswered.sessionId });
    await t.inbox(sam, "accept", { conversationId: answered.sessionId });
    await t.inbox(sam, "send", { conversationId: answered.sessionId, text: "On it." });
    expect((await t.inbox(sam, "setPresence", { presence: "OFFLINE" })).data).toEqual({ presence: "OFFLINE" });
    expect(await conversation(unanswered)).toMatchObject({ status: "QUEUED", assigneeId: null });
    expect(await conversation(answered)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });
    expect((await t.transcript(unanswered)).messages.at(-1)).toMatchObject({ text: "Connecting you with someone else…", status: "queued" });
    expect((await t.inbox(sam, "heartbeat")).data).toEqual({ ok: true });
  });

  it("priority: a VIP is served first, then the longest waiting", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const plainEarly = await t.queued();
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 10_000);
    const vip = await t.start();
    await t.api.test.db.$executeRawUnsafe(`UPDATE "Conversation" SET "state" = jsonb_set("state", '{variables,vip}', '"yes"') WHERE "id" = $1`, vip.sessionId);
    const handoff = await t.api.json<{ handoff: { position: number } }>("POST", `/api/v1/chat/sessions/${vip.sessionId}/handoff`, { token: vip.token });
    expect(handoff.body.handoff.position).toBe(1);
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 10_000);
    const plainLate = await t.queued();
    const rows = await t.inbox<{ id: string; priority: number }[]>(sam, "list", { view: "unassigned" }, "query");
    expect(rows.data!.map((r) => [r.id, r.priority])).toEqual([
      [vip.sessionId, 10],
      [plainEarly.sessionId, 0],
      [plainLate.sessionId, 0],
    ]);
  });
});

describe("wait estimate", () => {
  it("is position × the team's median handle time ÷ the seats of its online agents (their capacities summed)", async () => {
    const { sam, alex } = await t.people();
    const billing = await team("Billing");
    expect(await teamWaitFactors(t.api.test.db, billing.id)).toEqual({ handleSeconds: 240, seats: 0 }); // no history, nobody online
    expect(estimateWait(2, { handleSeconds: 240, seats: 0 })).toBe(480);

    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    await t.online(sam, 3);
    await t.online(alex, 2);
    // Three handled conversations: 60 s, 120 s and 600 s from accept to resolve (median 120 s).
    for (const seconds of [60, 600, 120]) {
      const session = await t.queued();
      const accepted = new Date(t.api.clock.now.getTime() - seconds * 1000);
      await t.api.test.db.handoff.updateMany({
        where: { conversationId: session.sessionId },
        data: { acceptedAt: accepted, resolvedAt: t.api.clock.now, outcome: "RESOLVED" },
      });
    }
    const factors = await teamWaitFactors(t.api.test.db, billing.id);
    expect(factors).toEqual({ handleSeconds: 120, seats: 5 });
    expect(estimateWait(5, factors)).toBe(120);
    expect(estimateWait(0, factors)).toBe(0);
    // Away agents hold no seats.
    await t.api.test.db.membership.update({ where: { id: alex.membershipId }, data: { presence: "AWAY" } });
    expect((await teamWaitFactors(t.api.test.db, billing.id)).seats).toBe(3);
  });
});
