import { describe, expect, it } from "vitest";
import { runSweeps } from "@/server/jobs/run-sweeps";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();

const later = (seconds: number) => new Date(t.api.clock.now.getTime() + seconds * 1000);
const conversation = (session: Session) => t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
const CALLBACK_OFFER = "Nobody from Billing is free right now. Would you like us to call you back?";

describe("jobs: timers kept in the database", () => {
  it("nobody accepts within the team's max wait (180 s): the flow takes the no_agent exit to the callback offer", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await runSweeps(t.api.runtime, later(179));
    expect((await conversation(session)).status).toBe("QUEUED");

    const result = await runSweeps(t.api.runtime, later(180));
    expect(result.timedOut).toBe(1);
    expect(await conversation(session)).toMatchObject({ status: "BOT", queuedAt: null });
    const transcript = await t.transcript(session);
    expect(transcript.status).toBe("bot");
    expect(transcript.messages.filter((m) => m.author === "bot").at(-1)?.text).toBe(CALLBACK_OFFER);
    expect(await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } })).toMatchObject({ outcome: "NO_AGENT" });
    // Once only.
    expect((await runSweeps(t.api.runtime, later(400))).timedOut).toBe(0);
  });

  it("the team closes while a customer waits: no_agent at once", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    t.api.clock.now = new Date("2026-11-23T16:59:30Z"); // 16:59:30 in London, open until 17:00
    await t.online(sam);
    const session = await t.queued();
    expect((await conversation(session)).status).toBe("QUEUED");
    await runSweeps(t.api.runtime, later(20));
    expect((await conversation(session)).status).toBe("QUEUED");
    await runSweeps(t.api.runtime, later(40));
    expect((await conversation(session)).status).toBe("BOT");
  });

  it("two instances sweeping at once handle each expired conversation exactly once", async () => {
    const { sam } = await t.people();
    await t.online(sam, 10);
    const sessions = [await t.queued(), await t.queued(), await t.queued()];
    const results = await Promise.all([runSweeps(t.api.runtime, later(200)), runSweeps(t.api.runtime, later(200))]);
    expect(results[0]!.timedOut + results[1]!.timedOut).toBe(3);
    for (const session of sessions) {
      const offers = await t.api.test.db.message.count({ where: { conversationId: session.sessionId, text: CALLBACK_OFFER } });
      expect(offers).toBe(1);
    }
  });

  it("an agent without a heartbeat for 2 minutes goes offline; what they had not answered goes back to the queue", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    t.api.clock.now = later(60);
    await t.inbox(sam, "heartbeat");
    await runSweeps(t.api.runtime, later(90));
    expect((await t.api.test.db.membership.findUniqueOrThrow({ where: { id: sam.membershipId } })).presence).toBe("ONLINE");

    const result = await runSweeps(t.api.runtime, later(121));
    expect(result.wentOffline).toBe(1);
    expect((await t.api.test.db.membership.findUniqueOrThrow({ where: { id: sam.membershipId } })).presence).toBe("OFFLINE");
    expect(await conversation(session)).toMatchObject({ status: "QUEUED", assigneeId: null, queuedAt: later(121) });
    expect((await t.transcript(session)).messages.at(-1)).toMatchObject({ author: "system", text: "Connecting you with someone else…" });
    expect(await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } })).toMatchObject({ acceptedAt: null, outcome: null });
  });

  it("a queued conversation of an automatic team gets an agent as soon as one has room", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.api.test.db.team.updateMany({ where: { name: "Billing" }, data: { assignmentPolicy: "LEAST_BUSY" } });
    expect((await runSweeps(t.api.runtime, later(5))).assigned).toBe(1);
    expect(await conversation(session)).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId });
  });

  it("a pending callback reminds its team once at its due time, across sweeping instances; the inbox row says so; a worked one never reminds", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const worked = await t.queued();
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    const dueAt = new Date(t.api.clock.now.getTime() + 10 * 60_000);
    const make = (conversationId: string) =>
      t.api.test.db.callback.create({ data: { workspaceId: billing.workspaceId, conversationId, teamId: billing.id, phone: "+44 20 7946 0001", dueAt } });
    const callback = await make(session.sessionId);
    const done = await make(worked.sessionId);
    expect((await t.inbox(sam, "callbackDone", { callbackId: done.id })).status).toBe(200);

    expect((await runSweeps(t.api.runtime, later(9 * 60 + 59))).dueCallbacks).toBe(0);
    const listed = async () => (await t.inbox<{ id: string; callback: { remindedAt: Date | null } }[]>(sam, "list", { view: "callbacks" }, "query")).data!;
    expect((await listed())[0]!.callback.remindedAt).toBeNull();

    // Two instances sweep at the due time: one reminder, one event.
    const at = later(10 * 60);
    const results = await Promise.all([runSweeps(t.api.runtime, at), runSweeps(t.api.runtime, at)]);
    expect(results.map((r) => r.dueCallbacks).sort()).toEqual([0, 1]);
    await runSweeps(t.api.runtime, later(20 * 60));
    const events = await t.api.test.db.event.findMany({ where: { type: "callback_due" } });
    expect(events.map((e) => [e.conversationId, e.data])).toEqual([[session.sessionId, { callbackId: callback.id, dueAt: dueAt.toISOString() }]]);
    expect((await listed()).map((row) => [row.id, row.callback.remindedAt])).toEqual([[session.sessionId, at]]);
  });

  it("a pending callback 30 minutes past due stays pending and gets one callback_overdue event; agents work it from the list", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    const callback = await t.api.test.db.callback.create({
      data: { workspaceId: billing.workspaceId, conversationId: session.sessionId, teamId: billing.id, phone: "+44 20 7946 0000", dueAt: t.api.clock.now },
    });
    await t.api.test.db.conversation.update({ where: { id: session.sessionId }, data: { status: "CALLBACK_SCHEDULED", queuedAt: null } }); // as a booking leaves it
    await runSweeps(t.api.runtime, later(29 * 60));
    expect(await t.api.test.db.event.count({ where: { type: "callback_overdue" } })).toBe(0);
    expect((await runSweeps(t.api.runtime, later(31 * 60))).overdueCallbacks).toBe(1);
    await runSweeps(t.api.runtime, later(45 * 60));
    const events = await t.api.test.db.event.findMany({ where: { type: "callback_overdue" } });
    expect(events.map((e) => e.data)).toEqual([{ callbackId: callback.id, dueAt: t.api.clock.now.toISOString() }]);
    expect((await t.api.test.db.callback.findUniqueOrThrow({ where: { id: callback.id } })).status).toBe("PENDING");

    const rows = await t.inbox<{ id: string; callback: { id: string; phone: string } }[]>(sam, "list", { view: "callbacks" }, "query");
    expect(rows.data!.map((r) => [r.id, r.callback.id, r.callback.phone])).toEqual([[session.sessionId, callback.id, "+44 20 7946 0000"]]);
    expect((await t.inbox(sam, "counts", undefined, "query")).data).toMatchObject({ callbacks: 1 });
    expect((await t.inbox(alex, "callbackDone", { callbackId: callback.id })).status).toBe(404);
    const resolvedBefore = await t.inbox<{ id: string }[]>(sam, "list", { view: "resolved" }, "query");
    expect(resolvedBefore.data!.map((r) => r.id)).not.toContain(session.sessionId);
    expect((await t.inbox(sam, "callbackDone", { callbackId: callback.id })).status).toBe(200);
    // Worked, it leaves Callbacks for Resolved (not for nowhere).
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "callbacks" }, "query")).data).toEqual([]);
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "resolved" }, "query")).data!.map((r) => r.id)).toContain(session.sessionId);
    const again = await t.inbox(sam, "callbackMissed", { callbackId: callback.id });
    expect(again.status).toBe(409);
    expect(again.error?.message).toBe("This callback is already marked done.");
    expect(await t.api.test.db.callback.findUniqueOrThrow({ where: { id: callback.id } })).toMatchObject({ status: "DONE", assigneeId: sam.userId });
  });
});
