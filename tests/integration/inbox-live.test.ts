import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { sweepStalePresence } from "@/server/jobs/sweep-stale-presence";
import { RESUME_WINDOW_MS } from "@/server/realtime/inbox-event-stream";
import { OFFLINE_AFTER_LAST_TAB_MS } from "@/server/realtime/track-open-inbox";
import { setupInbox, type Session } from "./inbox-harness";
import { collectSse } from "../helpers/collect-sse";
import { sessionCookie } from "../helpers/session-cookie";

const t = setupInbox();

/** The inbox stream as `viewer`, optionally resuming after `lastEventId` (as the header, or as the query when `viaQuery`). */
async function inboxStream(viewer: Viewer, lastEventId?: string, viaQuery = false) {
  const controller = new AbortController();
  const headers: Record<string, string> = { cookie: await sessionCookie(viewer.userId) };
  const query = lastEventId !== undefined && viaQuery ? `?lastEventId=${encodeURIComponent(lastEventId)}` : "";
  if (lastEventId !== undefined && !viaQuery) headers["last-event-id"] = lastEventId;
  const response = await t.api.call("GET", `/api/inbox/events${query}`, { headers, signal: controller.signal });
  expect(response.status).toBe(200);
  return collectSse(response.body!, controller);
}

async function customerStream(session: Session) {
  const controller = new AbortController();
  const response = await t.api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, signal: controller.signal });
  expect(response.status).toBe(200);
  return collectSse(response.body!, controller);
}

/** POST /typing or /read as the customer. */
async function customerPost(route: "typing" | "read", session: Session, body: unknown, token = session.token) {
  const response = await t.api.call("POST", `/api/v1/chat/sessions/${session.sessionId}/${route}`, { token, body });
  return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as { error: { code: string; message: string } }) };
}

const conversationOf = (id: string) => t.api.test.db.conversation.findUniqueOrThrow({ where: { id } });
const later = (ms: number) => {
  t.api.clock.now = new Date(t.api.clock.now.getTime() + ms);
};

describe("typing indicators both ways", () => {
  it("the customer's typing reaches the inbox streams of agents in scope; the assignee's typing reaches the customer; others' typing is ignored", async () => {
    const { sam, alex, morgan } = await t.people();
    await t.online(sam);
    const session = await t.queued(); // Billing: Sam's team
    const samInbox = await inboxStream(sam);
    const alexInbox = await inboxStream(alex);
    const customer = await customerStream(session);
    try {
      expect((await customerPost("typing", session, { typing: true })).status).toBe(204);
      expect(await samInbox.waitFor(() => samInbox.of("typing").length > 0)).toBe(true);
      expect(samInbox.of("typing")[0]!.data).toEqual({ conversationId: session.sessionId, typing: true });
      expect((await customerPost("typing", session, { typing: false })).status).toBe(204);
      expect(await samInbox.waitFor(() => samInbox.of("typing").length === 2)).toBe(true);
      expect(samInbox.of("typing")[1]!.data).toEqual({ conversationId: session.sessionId, typing: false });

      // Before anyone took it, nobody's typing reaches the customer.
      expect((await t.inbox(sam, "typing", { conversationId: session.sessionId, typing: true })).status).toBe(200);
      expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
      // Not the assignee (another team; an admin): accepted without error, and dropped.
      expect((await t.inbox(alex, "typing", { conversationId: session.sessionId, typing: true })).status).toBe(200);
      expect((await t.inbox(morgan, "typing", { conversationId: session.sessionId, typing: true })).status).toBe(200);
      expect((await t.inbox(sam, "typing", { conversationId: session.sessionId, typing: true })).status).toBe(200);
      expect(await customer.waitFor(() => customer.of("typing").length > 0)).toBe(true);
      await customer.settle();
      expect(customer.of("typing").map((e) => e.data)).toEqual([{ kind: "typing", author: "agent", name: "Sam Carter", typing: true }]);

      // Alex is in another team: he never hears this customer type; the customer's own typing never echoes back to them.
      await alexInbox.settle();
      expect(alexInbox.of("typing")).toEqual([]);
      expect(customer.events.filter((e) => e.event === "typing" && e.data.author === "customer")).toEqual([]);
    } finally {
      await Promise.all([samInbox.close(), alexInbox.close(), customer.close()]);
    }
  });

  it("customer typing outside a handoff answers 204 and signals nothing; bad input and a wrong token are refused", async () => {
    const { morgan } = await t.people();
    const session = await t.start(); // with the bot
    const adminInbox = await inboxStream(morgan);
    try {
      expect((await customerPost("typing", session, { typing: true })).status).toBe(204);
      await adminInbox.settle();
      expect(adminInbox.of("typing")).toEqual([]);

      const invalid = await customerPost("typing", session, { typing: "yes" });
      expect(invalid.status).toBe(400);
      expect(invalid.body?.error.code).toBe("invalid_body");
      expect((await customerPost("read", session, { seq: -1 })).status).toBe(400);
      const other = await t.start();
      expect((await customerPost("typing", session, { typing: true }, other.token)).status).toBe(403);
    } finally {
      await adminInbox.close();
    }
  });

  it("typing does not use up the per-session message limit", async () => {
    const session = await t.queued();
    t.api.setLimits({ perSession: 1 });
    for (let i = 0; i < 5; i++) expect((await customerPost("typing", session, { typing: i % 2 === 0 })).status).toBe(204);
    expect((await t.say(session, "still there?")).status).toBe(200);
    expect((await t.say(session, "hello?")).status).toBe(429);
  });
});

describe("read positions", () => {
  it("the customer's read position is stored, signalled to the inbox, clamped to the last message, and never moves back", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const samInbox = await inboxStream(sam);
    try {
      const { lastSeq } = await conversationOf(session.sessionId);
      expect((await customerPost("read", session, { seq: lastSeq - 1 })).status).toBe(204);
      expect(await samInbox.waitFor(() => samInbox.of("read").length > 0)).toBe(true);
      expect(samInbox.of("read")[0]!.data).toEqual({ conversationId: session.sessionId, seq: lastSeq - 1 });

      expect((await customerPost("read", session, { seq: 1 })).status).toBe(204); // late, older: ignored
      expect((await customerPost("read", session, { seq: lastSeq + 50 })).status).toBe(204); // past the end: up to the last message
      expect(await samInbox.waitFor(() => samInbox.of("read").length === 2)).toBe(true);
      await samInbox.settle();
      expect(samInbox.of("read").map((e) => e.data.seq)).toEqual([lastSeq - 1, lastSeq]);

      const transcript = await t.api.json<{ customerReadSeq: number; agentReadSeq: number; messages: unknown[] }>(
        "GET",
        `/api/v1/chat/sessions/${session.sessionId}`,
        {
          token: session.token,
        },
      );
      expect(transcript.body).toMatchObject({ customerReadSeq: lastSeq, agentReadSeq: 0 });
      expect(transcript.body.messages).toHaveLength(lastSeq);
    } finally {
      await samInbox.close();
    }
  });

  it("agents mark read (in scope only): stored, shown on the rows as unread or not, signalled to the customer, never backwards", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const customer = await customerStream(session);
    try {
      const row = async () => {
        const list = await t.inbox<{ id: string; unread: boolean }[]>(sam, "list", { view: "unassigned" }, "query");
        return list.data!.find((r) => r.id === session.sessionId)!;
      };
      await t.say(session, "I was charged twice");
      expect((await row()).unread).toBe(true);
      const { lastSeq } = await conversationOf(session.sessionId);

      const marked = await t.inbox<{ agentReadSeq: number }>(sam, "markRead", { conversationId: session.sessionId, seq: lastSeq });
      expect(marked.data).toEqual({ agentReadSeq: lastSeq });
      expect((await row()).unread).toBe(false);
      expect(await customer.waitFor(() => customer.of("read").length > 0)).toBe(true);
      expect(customer.of("read")[0]!.data).toEqual({ kind: "read", author: "agent", seq: lastSeq });

      const back = await t.inbox<{ agentReadSeq: number }>(sam, "markRead", { conversationId: session.sessionId, seq: 1 });
      expect(back.data).toEqual({ agentReadSeq: lastSeq });
      expect((await conversationOf(session.sessionId)).agentReadSeq).toBe(lastSeq);

      // A new customer message is unread again.
      await t.say(session, "are you there?");
      expect((await row()).unread).toBe(true);
      const loaded = await t.inbox<{ customerReadSeq: number; agentReadSeq: number }>(sam, "conversation", { conversationId: session.sessionId }, "query");
      expect(loaded.data).toMatchObject({ customerReadSeq: 0, agentReadSeq: lastSeq });

      // Alex (Technical) cannot see it, so cannot mark it either.
      const refused = await t.inbox(alex, "markRead", { conversationId: session.sessionId, seq: lastSeq + 1 });
      expect(refused.error?.data.code).toBe("NOT_FOUND");
      expect((await conversationOf(session.sessionId)).agentReadSeq).toBe(lastSeq);
      await customer.settle();
      expect(customer.of("read")).toHaveLength(1);
    } finally {
      await customer.close();
    }
  });
});

describe("the inbox stream resumes without gaps", () => {
  it("every change has an increasing id; reconnecting with the last id replays exactly the conversations changed since, in scope", async () => {
    const { sam } = await t.people();
    await t.online(sam, 5);
    const old = await t.queued(); // changed long before the disconnect: not replayed
    const waiting = await t.queued();
    const assigned = await t.queued();
    const noted = await t.queued();
    const technical = await t.queued("technical"); // not Sam's team
    expect((await t.inbox(sam, "accept", { conversationId: assigned.sessionId })).status).toBe(200);
    later(60_000);

    const first = await inboxStream(sam);
    expect(await first.waitFor(() => first.of("ready").length === 1)).toBe(true);
    await t.say(waiting, "first question");
    expect(await first.waitFor(() => first.of("change").some((e) => e.data.conversationId === waiting.sessionId))).toBe(true);
    const ids = first.events.filter((e) => e.id !== null).map((e) => Number(e.id));
    expect(ids.every((id, i) => i === 0 || id >= ids[i - 1]!)).toBe(true);
    const lastId = first.events.findLast((e) => e.id !== null)!.id!;
    await first.close();

    // While disconnected: a customer message (raw SQL append), an agent reply, a note — and a change Sam may not see.
    later(60_000);
    const before = await conversationOf(waiting.sessionId);
    expect((await t.say(waiting, "hello? anyone?")).status).toBe(200);
    expect((await t.inbox(sam, "send", { conversationId: assigned.sessionId, text: "Looking into it now." })).status).toBe(200);
    expect((await t.inbox(sam, "note", { conversationId: noted.sessionId, text: "VIP — be quick" })).status).toBe(200);
    expect((await t.say(technical, "still crashing")).status).toBe(200);
    // Each of those stamped its conversation as changed.
    expect((await conversationOf(waiting.sessionId)).updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    for (const session of [waiting, assigned, noted]) expect((await conversationOf(session.sessionId)).updatedAt.getTime()).toBe(t.api.clock.now.getTime());

    const resumed = await inboxStream(sam, lastId);
    try {
      expect(await resumed.waitFor(() => resumed.of("presence").length > 0)).toBe(true);
      const replayed = resumed.of("change").map((e) => e.data.conversationId);
      expect(new Set(replayed)).toEqual(new Set([waiting.sessionId, assigned.sessionId, noted.sessionId]));
      expect(replayed).toHaveLength(3);
      expect(replayed).not.toContain(old.sessionId);
      expect(replayed).not.toContain(technical.sessionId);
      for (const event of resumed.of("change")) expect(Number(event.id)).toBeGreaterThanOrEqual(Number(lastId));
      const { lastSeq } = await conversationOf(assigned.sessionId);
      expect(resumed.of("change").find((e) => e.data.conversationId === assigned.sessionId)!.data.seq).toBe(lastSeq);
      expect(resumed.of("resync")).toEqual([]);

      // And live again afterwards.
      later(1_000);
      await t.say(old, "me too");
      expect(await resumed.waitFor(() => resumed.of("change").some((e) => e.data.conversationId === old.sessionId))).toBe(true);
    } finally {
      await resumed.close();
    }

    // The same through the query (a client opening a new EventSource).
    const viaQuery = await inboxStream(sam, lastId, true);
    try {
      expect(await viaQuery.waitFor(() => viaQuery.of("presence").length > 0)).toBe(true);
      expect(new Set(viaQuery.of("change").map((e) => e.data.conversationId))).toContain(waiting.sessionId);
    } finally {
      await viaQuery.close();
    }
  });

  it("a conversation transferred out of the agent's scope gets one last change (so the list and the open pane refresh), then nothing", async () => {
    const { sam, alex, morgan } = await t.people();
    await t.online(sam);
    await t.online(alex);
    const stream = await inboxStream(sam);
    try {
      const session = await t.queued();
      const changesOf = () => stream.of("change").filter((e) => e.data.conversationId === session.sessionId);
      expect(await stream.waitFor(() => changesOf().length > 0)).toBe(true);
      const technical = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Technical" } });
      expect((await t.inbox(morgan, "transfer", { conversationId: session.sessionId, teamId: technical.id })).status).toBe(200);
      const { lastSeq } = await conversationOf(session.sessionId);
      expect(await stream.waitFor(() => changesOf().some((e) => e.data.seq === lastSeq))).toBe(true);
      const seen = changesOf().length;

      // Now Technical's: Sam hears nothing more of it.
      expect((await t.inbox(alex, "accept", { conversationId: session.sessionId })).status).toBe(200);
      expect((await t.say(session, "thanks")).status).toBe(200);
      await stream.settle();
      expect(changesOf()).toHaveLength(seen);
    } finally {
      await stream.close();
    }
  });

  it("an id too old, from the future, or not ours gets `resync` instead of a replay", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    await t.queued();
    const now = t.api.clock.now.getTime();
    for (const lastId of [String(now - RESUME_WINDOW_MS - 1), String(now + 3_600_000), "not-an-id"]) {
      const stream = await inboxStream(sam, lastId);
      try {
        expect(await stream.waitFor(() => stream.of("resync").length === 1)).toBe(true);
        expect(stream.of("change")).toEqual([]);
        expect(Number(stream.of("resync")[0]!.id)).toBeGreaterThan(0);
      } finally {
        await stream.close();
      }
    }
  });
});

describe("inbox.scheduleCallback", () => {
  it("books a callback for a conversation of the agent's team and moves it to Callbacks; other teams, bad numbers and past times are refused", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const dueAt = new Date(t.api.clock.now.getTime() + 24 * 3_600_000);
    const input = {
      conversationId: session.sessionId,
      phone: "+44 20 7946 0000",
      dueAt,
      timeZone: "Europe/London",
      note: "Wants a refund for the double charge",
    };

    // Alex is in Technical: for him the conversation does not exist.
    const otherTeam = await t.inbox(alex, "scheduleCallback", input);
    expect(otherTeam.error?.data.code).toBe("NOT_FOUND");
    expect(await t.api.test.db.callback.count({ where: { conversationId: session.sessionId } })).toBe(0);
    expect((await t.inbox(null, "scheduleCallback", input)).error?.data.code).toBe("UNAUTHORIZED");

    const badPhone = await t.inbox(sam, "scheduleCallback", { ...input, phone: "call me" });
    expect(badPhone.error?.data.code).toBe("BAD_REQUEST");
    expect(badPhone.error?.message).toMatch(/phone number/);
    const past = await t.inbox(sam, "scheduleCallback", { ...input, dueAt: new Date(t.api.clock.now.getTime() - 60_000) });
    expect(past.error?.message).toMatch(/in the future/);

    const booked = await t.inbox<{ callbackId: string; dueAt: Date; status: string }>(sam, "scheduleCallback", input);
    expect(booked.status).toBe(200);
    expect(booked.data).toMatchObject({ status: "callback_scheduled" });
    const callback = await t.api.test.db.callback.findUniqueOrThrow({ where: { id: booked.data!.callbackId } });
    expect(callback).toMatchObject({
      phone: "+442079460000",
      timeZone: "Europe/London",
      note: "Wants a refund for the double charge",
      assigneeId: sam.userId,
      status: "PENDING",
    });
    expect(callback.dueAt.getTime()).toBe(dueAt.getTime());
    expect((await conversationOf(session.sessionId)).status).toBe("CALLBACK_SCHEDULED");

    const callbacks = await t.inbox<{ id: string; callback?: { phone: string } }[]>(sam, "list", { view: "callbacks" }, "query");
    expect(callbacks.data!.find((row) => row.id === session.sessionId)?.callback?.phone).toBe("+442079460000");
    const unassigned = await t.inbox<{ id: string }[]>(sam, "list", { view: "unassigned" }, "query");
    expect(unassigned.data!.map((row) => row.id)).not.toContain(session.sessionId);

    // Once booked, the conversation is no longer with people: a second booking is refused with why.
    const again = await t.inbox(sam, "scheduleCallback", input);
    expect(again.error?.data.code).toBe("CONFLICT");
  });

  it("once someone has the conversation, only they (or an admin) may book the callback", async () => {
    const { sam, morgan } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    expect((await t.inbox(morgan, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const dueAt = new Date(t.api.clock.now.getTime() + 3 * 3_600_000);
    const input = { conversationId: session.sessionId, phone: "+1 415 555 0100", dueAt, timeZone: null, note: null };
    const refused = await t.inbox(sam, "scheduleCallback", input);
    expect(refused.error?.data.code).toBe("CONFLICT");
    expect(refused.error?.message).toMatch(/Morgan Reyes is handling this conversation/);
    expect((await t.inbox(morgan, "scheduleCallback", input)).status).toBe(200);
  });
});

describe("presence follows the inbox tabs", () => {
  const presenceOf = async (who: Viewer) => (await t.api.test.db.membership.findUniqueOrThrow({ where: { id: who.membershipId } })).presence;
  const later = (ms: number) => (t.api.clock.now = new Date(t.api.clock.now.getTime() + ms));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("an agent whose last inbox tab closes goes offline 45 s later; closing one of two tabs changes nothing", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const first = await inboxStream(sam);
    const second = await inboxStream(sam);
    await first.close();
    await settle();
    later(OFFLINE_AFTER_LAST_TAB_MS + 5_000);
    await sweepStalePresence(t.api.runtime, t.api.clock.now);
    expect(await presenceOf(sam)).toBe("ONLINE");

    await t.online(sam); // a heartbeat from the open tab
    await second.close();
    await settle();
    later(OFFLINE_AFTER_LAST_TAB_MS - 5_000);
    await sweepStalePresence(t.api.runtime, t.api.clock.now);
    expect(await presenceOf(sam)).toBe("ONLINE");
    later(10_000);
    await sweepStalePresence(t.api.runtime, t.api.clock.now);
    expect(await presenceOf(sam)).toBe("OFFLINE");
  });

  it("a reload (a heartbeat after the last tab closed) keeps the agent online", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const tab = await inboxStream(sam);
    await tab.close();
    await settle();
    later(1_000);
    expect((await t.inbox(sam, "heartbeat")).status).toBe(200);
    later(OFFLINE_AFTER_LAST_TAB_MS + 5_000);
    await sweepStalePresence(t.api.runtime, t.api.clock.now);
    expect(await presenceOf(sam)).toBe("ONLINE");
  });
});
