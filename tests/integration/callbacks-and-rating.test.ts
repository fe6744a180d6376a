import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/errors";
import { scheduleCallback } from "@/server/handoff/schedule-callback";
import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();

interface Slots {
  team: { name: string; timeZone: string } | null;
  slots: { startsAt: string; endsAt: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

/** Calls one of this feature's endpoints (GET without a body, POST with one) through the harness's transport. */
async function call(path: string, session: Session, options: { body?: unknown; token?: string | null; query?: string } = {}) {
  const method = options.body === undefined ? "GET" : "POST";
  const token = options.token === undefined ? session.token : options.token;
  return t.api.call(method, `/api/v1/chat/sessions/${session.sessionId}/${path}${options.query ?? ""}`, {
    body: options.body,
    token: token && !options.query ? token : undefined,
  });
}

async function slotsOf(session: Session) {
  const response = await call("callback-slots", session);
  expect(response.status).toBe(200);
  return (await response.json()) as Slots;
}

async function book(session: Session, body: unknown) {
  const response = await call("callback", session, { body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & Partial<ErrorBody> };
}

async function rate(session: Session, body: unknown) {
  const response = await call("rating", session, { body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & Partial<ErrorBody> };
}

/** What must stay as it was after a refused booking. */
async function snapshot(sessionId: string) {
  const db = t.api.test.db;
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: sessionId },
    select: { status: true, lastSeq: true, queuedAt: true, assigneeId: true },
  });
  return {
    conversation,
    callbacks: await db.callback.count({ where: { conversationId: sessionId } }),
    openHandoffs: await db.handoff.count({ where: { conversationId: sessionId, outcome: null } }),
  };
}

const london = (iso: string) => new Date(iso);

describe("callback slots", () => {
  it("offers half-hour slots inside the team's hours only: from 30 minutes ahead, weekdays 09:00–17:00 London, at most 40", async () => {
    const session = await t.queued();
    const { team, slots } = await slotsOf(session);
    expect(team).toEqual({ name: "Billing", timeZone: "Europe/London" });
    expect(slots).toHaveLength(40);
    // Monday 23 Nov 2026, 10:00 in London (= UTC in November).
    expect(slots[0]).toEqual({ startsAt: "2026-11-23T10:30:00.000Z", endsAt: "2026-11-23T11:00:00.000Z" });
    expect(slots.filter((slot) => slot.startsAt.startsWith("2026-11-23"))).toHaveLength(13);
    expect(slots.at(-1)!.startsAt).toBe("2026-11-25T14:00:00.000Z");
    for (const slot of slots) {
      const start = new Date(slot.startsAt);
      expect(start.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(new Date(slot.endsAt).getTime() - start.getTime()).toBe(30 * 60_000);
      expect(new Date(slot.endsAt).getUTCHours() * 60 + new Date(slot.endsAt).getUTCMinutes()).toBeLessThanOrEqual(17 * 60);
    }
  });

  it("skips the weekend and holidays", async () => {
    t.api.clock.now = london("2026-11-27T16:00:00Z"); // Friday, 16:00
    const friday = await slotsOf(await t.queued());
    expect(friday.slots.slice(0, 2).map((s) => s.startsAt)).toEqual(["2026-11-27T16:30:00.000Z", "2026-11-30T09:00:00.000Z"]);

    t.api.clock.now = london("2026-12-24T16:00:00Z"); // Christmas Eve; then Christmas, a weekend and the Boxing Day substitute
    const christmas = await slotsOf(await t.queued());
    expect(christmas.slots.slice(0, 2).map((s) => s.startsAt)).toEqual(["2026-12-24T16:30:00.000Z", "2026-12-29T09:00:00.000Z"]);
    const days = new Set(christmas.slots.map((s) => s.startsAt.slice(0, 10)));
    expect([...days]).toEqual(["2026-12-24", "2026-12-29", "2026-12-30", "2026-12-31"]);
  });

  it("uses the team's time zone", async () => {
    const db = t.api.test.db;
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    const hours = await db.businessHours.create({
      data: {
        workspaceId: workspace.id,
        name: "New York hours",
        timeZone: "America/New_York",
        weeklySlots: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" })),
      },
    });
    const team = await db.team.create({ data: { workspaceId: workspace.id, name: "US Support", businessHoursId: hours.id } });
    const session = await t.queued();
    await db.conversation.update({ where: { id: session.sessionId }, data: { teamId: team.id } });
    const { team: shown, slots } = await slotsOf(session);
    expect(shown).toEqual({ name: "US Support", timeZone: "America/New_York" });
    // 09:00 in New York is 14:00 UTC in November.
    expect(slots[0]!.startsAt).toBe("2026-11-23T14:00:00.000Z");
    expect(slots.filter((s) => s.startsAt.startsWith("2026-11-23")).at(-1)!.startsAt).toBe("2026-11-23T21:30:00.000Z");
  });
});

describe("booking a callback", () => {
  it("books an offered slot: the conversation leaves the queue, ends with a system line, and the inbox lists the callback", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const before = await snapshot(session.sessionId);
    expect(before.conversation.status).toBe("QUEUED");
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "unassigned" }, "query")).data!.map((r) => r.id)).toContain(session.sessionId);

    const { slots } = await slotsOf(session);
    const booked = await book(session, { phone: " +44 (20) 7946-0000 ", startsAt: slots[2]!.startsAt, timeZone: "Europe/Paris", note: "After lunch is best" });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: "callback_scheduled", callback: { dueAt: "2026-11-23T11:30:00.000Z" } });
    const messages = booked.body.messages as PublicMessage[];
    expect(messages).toEqual([
      expect.objectContaining({
        seq: before.conversation.lastSeq + 1,
        author: "system",
        text: "Callback booked for Mon 23 Nov, 12:30 (Europe/Paris) to +442079460000",
        status: "callback_scheduled",
      }),
    ]);

    const db = t.api.test.db;
    const callback = await db.callback.findUniqueOrThrow({ where: { id: (booked.body.callback as { id: string }).id }, include: { team: true } });
    expect(callback).toMatchObject({
      conversationId: session.sessionId,
      phone: "+442079460000",
      timeZone: "Europe/Paris",
      note: "After lunch is best",
      status: "PENDING",
      assigneeId: null,
    });
    expect(callback.team?.name).toBe("Billing");
    expect(callback.dueAt.toISOString()).toBe("2026-11-23T11:30:00.000Z");
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(conversation).toMatchObject({ status: "CALLBACK_SCHEDULED", queuedAt: null, assigneeId: null, closedAt: t.api.clock.now });
    expect(await db.handoff.findMany({ where: { conversationId: session.sessionId }, select: { outcome: true } })).toEqual([{ outcome: "CALLBACK" }]);
    expect(await db.event.count({ where: { conversationId: session.sessionId, type: "callback.scheduled" } })).toBe(1);

    expect((await t.transcript(session)).status).toBe("callback_scheduled");
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "unassigned" }, "query")).data!.map((r) => r.id)).not.toContain(session.sessionId);
    const callbacks = await t.inbox<{ id: string; callback?: { id: string; phone: string; status: string } }[]>(sam, "list", { view: "callbacks" }, "query");
    expect(callbacks.data!.find((row) => row.id === session.sessionId)?.callback).toMatchObject({ id: callback.id, phone: "+442079460000", status: "PENDING" });

    // The chat has ended: a further message, or a second booking, is refused.
    expect((await t.say(session, "hello?")).status).toBe(409);
    const again = await book(session, { phone: "+442079460000", startsAt: slots[3]!.startsAt });
    expect(again.status).toBe(409);
    expect(again.body.error!.message).toBe("A callback is already booked for Mon 23 Nov, 12:30 (Europe/Paris) to +442079460000.");
  });

  it("refuses a bad phone, a past or out-of-hours slot, and an ended conversation — saying why, and writing nothing", async () => {
    const session = await t.queued();
    const before = await snapshot(session.sessionId);
    const { slots } = await slotsOf(session);

    const phone = await book(session, { phone: "call me maybe", startsAt: slots[0]!.startsAt });
    expect(phone.status).toBe(400);
    expect(phone.body.error!.fields).toEqual({ phone: [expect.stringContaining("doesn't look like a phone number")] });

    const missing = await book(session, { startsAt: slots[0]!.startsAt });
    expect(missing.status).toBe(400);
    expect(missing.body.error!.fields!.phone).toEqual(["Enter the number we should call."]);

    const past = await book(session, { phone: "+442079460000", startsAt: "2026-11-23T09:30:00.000Z" });
    expect(past.status).toBe(400);
    expect(past.body.error!.fields!.startsAt![0]).toMatch(/already passed/);

    const soon = await book(session, { phone: "+442079460000", startsAt: "2026-11-23T10:15:00.000Z" });
    expect(soon.status).toBe(400);
    expect(soon.body.error!.fields!.startsAt![0]).toMatch(/outside our opening hours or no longer available/);

    for (const startsAt of ["2026-11-23T19:00:00.000Z", "2026-11-28T10:00:00.000Z", "2026-12-25T10:00:00.000Z", "2026-11-23T11:10:00.000Z"]) {
      const outside = await book(session, { phone: "+442079460000", startsAt });
      expect(outside.status, startsAt).toBe(400);
      expect(outside.body.error!.fields!.startsAt![0]).toMatch(/Pick one of the times shown/);
    }

    const badZone = await book(session, { phone: "+442079460000", startsAt: slots[0]!.startsAt, timeZone: "Mars/Olympus" });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error!.fields!.timeZone![0]).toMatch(/not a time zone/);

    const notJson = await book(session, { phone: "+442079460000", startsAt: "tomorrow at ten" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error!.fields!.startsAt).toEqual(["Choose one of the times offered."]);

    expect(await snapshot(session.sessionId)).toEqual(before);

    await t.api.test.db.conversation.update({ where: { id: session.sessionId }, data: { status: "RESOLVED" } });
    const ended = await book(session, { phone: "+442079460000", startsAt: slots[0]!.startsAt });
    expect(ended.status).toBe(409);
    expect(ended.body.error!.message).toMatch(/already ended/);
    expect(await t.api.test.db.callback.count({ where: { conversationId: session.sessionId } })).toBe(0);
  });

  it("another session's token cannot book, list slots, rate or download", async () => {
    const mine = await t.queued();
    const theirs = await t.start();
    const forged = { ...mine, token: theirs.token };
    expect((await call("callback-slots", forged)).status).toBe(403);
    expect((await call("callback", forged, { body: { phone: "+442079460000", startsAt: "2026-11-23T11:00:00.000Z" } })).status).toBe(403);
    expect((await call("rating", forged, { body: { rating: 1 } })).status).toBe(403);
    expect((await call("transcript", forged, { query: `?token=${theirs.token}` })).status).toBe(403);
    expect((await call("transcript", mine, { token: null })).status).toBe(401);
    expect(await t.api.test.db.callback.count({ where: { conversationId: mine.sessionId } })).toBe(0);
  });
});

describe("agents scheduling a callback (the service)", () => {
  it("books any future time for an assigned conversation, releasing the agent; refuses the past and a second booking", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const runtime = t.api.runtime;
    const by = { kind: "agent" as const, userId: sam.userId };

    const past = scheduleCallback(runtime, {
      conversationId: session.sessionId,
      phone: "+442079460000",
      dueAt: new Date("2026-11-23T09:00:00Z"),
      timeZone: null,
      note: null,
      by,
    });
    await expect(past).rejects.toMatchObject({ code: "BAD_REQUEST", details: { field: "dueAt" } });
    await expect(
      scheduleCallback(runtime, { conversationId: session.sessionId, phone: "12", dueAt: new Date("2026-11-28T10:00:00Z"), timeZone: null, note: null, by }),
    ).rejects.toBeInstanceOf(DomainError);
    expect((await snapshot(session.sessionId)).conversation.status).toBe("ASSIGNED");

    // Saturday morning: outside the team's hours, which only binds customers.
    const saturday = new Date("2026-11-28T10:15:00Z");
    const result = await scheduleCallback(runtime, {
      conversationId: session.sessionId,
      phone: "020 7946 0000",
      dueAt: saturday,
      timeZone: null,
      note: "Wants a call about the refund",
      by,
    });
    expect(result).toEqual({ callbackId: expect.any(String), dueAt: saturday, status: "callback_scheduled" });
    const db = t.api.test.db;
    expect(await db.callback.findUniqueOrThrow({ where: { id: result.callbackId } })).toMatchObject({
      phone: "02079460000",
      timeZone: "Europe/London",
      assigneeId: sam.userId,
      note: "Wants a call about the refund",
    });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ status: "CALLBACK_SCHEDULED", assigneeId: null });
    expect((await db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } })).outcome).toBe("CALLBACK");
    const last = (await t.transcript(session)).messages.at(-1);
    expect(last).toMatchObject({
      author: "system",
      text: "Callback booked for Sat 28 Nov, 10:15 (Europe/London) to 02079460000",
      status: "callback_scheduled",
    });
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "mine" }, "query")).data!.map((r) => r.id)).not.toContain(session.sessionId);

    await expect(
      scheduleCallback(runtime, { conversationId: session.sessionId, phone: "+442079460000", dueAt: saturday, timeZone: null, note: null, by }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("rating", () => {
  it("is refused while the chat is open, then stored (and overwritten) once it ended, with bounds on stars and comment", async () => {
    const session = await t.start();
    const early = await rate(session, { rating: 5 });
    expect(early.status).toBe(409);
    expect(early.body.error!.message).toMatch(/once it has ended/);

    const { slots } = await slotsOf(session);
    expect((await book(session, { phone: "+442079460000", startsAt: slots[0]!.startsAt })).status).toBe(201);

    for (const rating of [0, 6, 3.5, "5"]) {
      const bad = await rate(session, { rating });
      expect(bad.status, String(rating)).toBe(400);
      expect(bad.body.error!.fields!.rating).toEqual(["Choose from 1 to 5 stars."]);
    }
    const long = await rate(session, { rating: 4, comment: "x".repeat(1001) });
    expect(long.status).toBe(400);
    expect(long.body.error!.fields!.comment).toEqual(["Keep the comment under 1,000 characters."]);

    expect(await rate(session, { rating: 2, comment: "  Took a while  " })).toEqual({ status: 200, body: { rating: 2, comment: "Took a while" } });
    expect(await rate(session, { rating: 5, comment: "x".repeat(1000) })).toMatchObject({ status: 200, body: { rating: 5 } });
    expect(await rate(session, { rating: 4 })).toEqual({ status: 200, body: { rating: 4, comment: null } });
    const db = t.api.test.db;
    expect(await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId }, select: { rating: true, ratingComment: true } })).toEqual({
      rating: 4,
      ratingComment: null,
    });
    const events = await db.event.findMany({ where: { conversationId: session.sessionId, type: "conversation.rated" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.data)).toEqual([
      { rating: 2, hasComment: true },
      { rating: 5, hasComment: true },
      { rating: 4, hasComment: false },
    ]);
  });

  it("is accepted after the bot's flow reached its end", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "resolve", { conversationId: session.sessionId });
    // The flow asks for the rating in the chat: not ended yet.
    expect((await rate(session, { rating: 3 })).status).toBe(409);
    expect((await t.say(session, "choice:5")).body.status).toBe("resolved");
    expect(await rate(session, { rating: 3, comment: "Fine in the end" })).toEqual({ status: 200, body: { rating: 3, comment: "Fine in the end" } });
  });
});

describe("transcript download", () => {
  it("is plain text with the bot's, the agent's and the customer's lines, system lines in brackets, and never internal notes", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    await t.say(session, "My invoice is wrong\nand I was charged twice");
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "note", { conversationId: session.sessionId, text: "SECRET: customer is on the watch list" });
    t.api.clock.now = new Date("2026-11-23T10:07:00Z");
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Hi, I'm on it." });

    const response = await call("transcript", session, { query: `?token=${encodeURIComponent(session.token)}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="chat-acme-2026-11-23.txt"');
    const text = await response.text();
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Chat transcript — .+/);
    expect(lines[1]).toBe("Started 2026-11-23 at 10:00. Times are in UTC.");
    expect(lines).toContain("[10:00] You: My invoice is wrong");
    expect(lines).toContain("    and I was charged twice");
    expect(lines).toContain("[10:00] [Waiting for a person to join]");
    expect(lines).toContain("[10:00] [Sam Carter joined the chat]");
    expect(lines).toContain("[10:07] Sam Carter: Hi, I'm on it.");
    expect(lines.filter((line) => /^\[10:00\] Acme Assistant: /.test(line)).length).toBeGreaterThan(0);
    expect(text).not.toContain("SECRET");

    // The header works too.
    expect((await call("transcript", session)).status).toBe(200);
  });
});
