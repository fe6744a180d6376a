import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { conversationReference } from "@/server/conversations/conversation-reference";
import { sweepAbandonedQueue } from "@/server/jobs/sweep-abandoned-queue";
import { sweepQueueTimeouts } from "@/server/jobs/sweep-queue-timeouts";
import { sweepWaitAlerts } from "@/server/jobs/sweep-wait-alerts";
import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import { decodedMail, setupSmtpSink, type SunkMail } from "../helpers/smtp-sink";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();
const smtp = setupSmtpSink();

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}
interface FollowUpBody {
  status: string;
  followUp: { email: string; reference: string };
  messages: PublicMessage[];
}

const leave = (session: Session, body: unknown, token: string | undefined = session.token) =>
  t.api.json<FollowUpBody & ErrorBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/follow-up`, { token, body });

/** A chat where the customer asked for a person while nobody was online: the bot offers a callback (the no-agent path). */
async function nobodyFree() {
  const session = await t.start();
  const asked = await t.api.json<{ messages: PublicMessage[] }>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
  expect(asked.body.messages.at(-1)?.inputKind).toBe("callback");
  return session;
}

/** A header's value, unfolded (long References lines are folded onto several). */
const header = (mail: SunkMail, name: string) => new RegExp(`^${name}: (.+)$`, "mi").exec(mail.raw.replace(/\r?\n[ \t]+/g, " "))?.[1]?.trim();

/** What must not change after a refused request. */
async function snapshot(sessionId: string) {
  const db = t.api.test.db;
  return {
    conversation: await db.conversation.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true, lastSeq: true, followUpEmail: true, awaitingEmailReplyAt: true, contactId: true },
    }),
    events: await db.event.count({ where: { conversationId: sessionId, type: "follow_up_requested" } }),
    contacts: await db.contact.count(),
  };
}

describe("follow-up by e-mail", () => {
  it("when nobody is free: the message, the address, the team's inbox marked awaiting an e-mail reply, and the reply by e-mail, threaded", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await nobodyFree();
    const read = await t.api.json<{ email: { available: boolean } }>("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token });
    expect(read.body.email.available).toBe(true);

    const body = { clientMessageId: "fu-1", email: "  Pat@Example.com ", text: "My invoice is wrong & <b>doubled</b>" };
    const left = await leave(session, body);
    expect(left.status).toBe(201);
    const reference = conversationReference(session.sessionId);
    expect(left.body.status).toBe("awaiting_email");
    expect(left.body.followUp).toEqual({ email: "pat@example.com", reference });
    expect(left.body.messages.map((m) => [m.author, m.text, m.status])).toEqual([
      ["customer", "My invoice is wrong & <b>doubled</b>", undefined],
      ["system", `We'll reply to pat@example.com by e-mail (reference ${reference})`, "awaiting_email"],
    ]);

    const db = t.api.test.db;
    const billing = await db.team.findFirstOrThrow({ where: { name: "Billing" } });
    const row = await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId }, include: { contact: true } });
    expect(row).toMatchObject({ status: "QUEUED", teamId: billing.id, followUpEmail: "pat@example.com", customerEmail: "pat@example.com" });
    expect(row.awaitingEmailReplyAt).toEqual(t.api.clock.now);
    expect(row.contact?.email).toBe("pat@example.com");
    expect((row.state as { waiting: unknown; status: string }).waiting).toBeNull();
    const events = await db.event.findMany({ where: { conversationId: session.sessionId, type: "follow_up_requested" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ teamId: billing.id, from: "bot" });
    expect((await t.transcript(session)).status).toBe("awaiting_email");
    // Writing on in the chat reaches the team; the chat stays awaiting the e-mail, and the bot does not answer.
    const more = await t.say(session, "No thanks");
    expect(more.body).toMatchObject({ status: "awaiting_email", messages: [] });

    // The acknowledgement starts the thread.
    expect(smtp.mails).toHaveLength(1);
    const ack = smtp.mails[0]!;
    expect(ack.to).toEqual(["pat@example.com"]);
    const ackId = `<${session.sessionId}.${left.body.messages[0]!.seq}@acme.test>`;
    expect(header(ack, "Message-ID")).toBe(ackId);
    expect(header(ack, "Subject")).toBe(`Your message to Acme support [${reference}]`);
    expect(decodedMail(ack.raw)).toContain("> My invoice is wrong & <b>doubled</b>");

    // A retry of the same request answers the same, and writes and sends nothing more.
    const before = await snapshot(session.sessionId);
    const again = await leave(session, body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(left.body);
    expect(await snapshot(session.sessionId)).toEqual(before);
    expect(smtp.mails).toHaveLength(1);

    // The team's inbox: in Unassigned and in the "Awaiting e-mail" view, marked.
    const { sam } = await t.people();
    const counts = await t.inbox<{ email: number; unassigned: number; emailAvailable: boolean }>(sam, "counts", undefined, "query");
    expect(counts.data).toMatchObject({ email: 1, unassigned: 1, emailAvailable: true });
    const listed = await t.inbox<{ id: string; awaitingEmailReply: boolean }[]>(sam, "list", { view: "email" }, "query");
    expect(listed.data).toEqual([expect.objectContaining({ id: session.sessionId, awaitingEmailReply: true })]);
    const { alex } = await t.people();
    expect((await t.inbox<unknown[]>(alex, "list", { view: "email" }, "query")).data).toEqual([]);

    // Sam accepts and replies: it goes out by e-mail, in reply to the acknowledgement, and stays in the transcript.
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const sent = await t.inbox<{ seq: number; email: { state: string; messageId: string } }>(sam, "send", {
      conversationId: session.sessionId,
      text: "We've refunded the duplicate.",
    });
    expect(sent.status).toBe(200);
    expect(sent.data!.email).toMatchObject({ state: "sent", to: "pat@example.com" });
    const replyId = `<${session.sessionId}.${sent.data!.seq}@acme.test>`;
    expect(sent.data!.email.messageId).toBe(replyId);
    expect(smtp.mails).toHaveLength(2);
    const reply = smtp.mails[1]!;
    expect(reply.to).toEqual(["pat@example.com"]);
    expect(header(reply, "Message-ID")).toBe(replyId);
    expect(header(reply, "In-Reply-To")).toBe(ackId);
    expect(header(reply, "References")).toBe(ackId);
    expect(header(reply, "Subject")).toBe(`Re: Your message to Acme support [${reference}]`);
    expect(decodedMail(reply.raw)).toContain("We've refunded the duplicate.");
    expect(decodedMail(reply.raw)).toContain(`Reference ${reference}`);

    expect((await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).awaitingEmailReplyAt).toBeNull();
    expect((await t.inbox<unknown[]>(sam, "list", { view: "email" }, "query")).data).toEqual([]);
    const open = await t.inbox<{ emailFollowUp: { to: string; awaitingSince: Date | null }; messages: { seq: number; email: { state: string } | null }[] }>(
      sam,
      "conversation",
      { conversationId: session.sessionId },
      "query",
    );
    expect(open.data!.emailFollowUp).toMatchObject({ to: "pat@example.com", awaitingSince: null, available: true });
    expect(open.data!.messages.find((m) => m.seq === sent.data!.seq)?.email).toMatchObject({ state: "sent", messageId: replyId });
    expect((await t.transcript(session)).messages.some((m) => m.author === "agent" && m.text === "We've refunded the duplicate.")).toBe(true);

    // A second reply joins the thread.
    const second = await t.inbox<{ seq: number }>(sam, "send", { conversationId: session.sessionId, text: "Anything else?" });
    expect(smtp.mails).toHaveLength(3);
    expect(header(smtp.mails[2]!, "Message-ID")).toBe(`<${session.sessionId}.${second.data!.seq}@acme.test>`);
    expect(header(smtp.mails[2]!, "In-Reply-To")).toBe(replyId);
    expect(header(smtp.mails[2]!, "References")).toBe(`${ackId} ${replyId}`);

    // Sam resolves it: with no handoff step to continue from, the conversation ends (it does not stay with Sam).
    const resolved = await t.inbox<{ status: string }>(sam, "resolve", { conversationId: session.sessionId });
    expect(resolved.error?.message).toBeUndefined();
    expect((await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).status).not.toBe("ASSIGNED");
    expect((await t.inbox<unknown[]>(sam, "list", { view: "mine" }, "query")).data).toEqual([]);
  });

  it("refuses bad input with clear errors and writes nothing", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await nobodyFree();
    const before = await snapshot(session.sessionId);
    const ok = { clientMessageId: "fu-1", email: "pat@example.com", text: "Hello" };
    const cases: [unknown, string, RegExp][] = [
      [{ ...ok, email: "not-an-address" }, "email", /valid e-mail address/],
      [{ ...ok, email: "" }, "email", /e-mail address we should reply to/],
      [{ ...ok, email: "a".repeat(250) + "@x.io" }, "email", /too long/],
      [{ ...ok, text: "   " }, "text", /Write your message/],
      [{ ...ok, text: "x".repeat(4001) }, "text", /under 4,000 characters/],
      [{ ...ok, clientMessageId: "" }, "clientMessageId", /clientMessageId is required/],
    ];
    for (const [body, field, message] of cases) {
      const bad = await leave(session, body);
      expect(bad.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(bad.body.error.fields?.[field]?.[0]).toMatch(message);
    }
    expect((await leave(session, { ...ok, cc: "x@example.com" })).status).toBe(400);
    expect((await leave(session, "not json")).status).toBe(400);
    expect((await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/follow-up`, { body: ok })).status).toBe(401);
    const unknown = await t.api.json<ErrorBody>("POST", `/api/v1/chat/sessions/nope/follow-up`, { token: session.token, body: ok });
    expect([403, 404]).toContain(unknown.status);
    expect(unknown.body.error.code).toBeTruthy();
    expect(await snapshot(session.sessionId)).toEqual(before);
    expect(smtp.mails).toHaveLength(0);
  });

  it("is offered only when nobody can chat: not mid-bot, not with an agent, not after the end", async () => {
    t.api.runtime.mail = smtp.settings();
    const fresh = await t.start();
    const early = await leave(fresh, { clientMessageId: "a", email: "pat@example.com", text: "Hi" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/when nobody is available to chat/);

    const { sam } = await t.people();
    await t.online(sam);
    const withAgent = await t.queued();
    const accepted = await t.inbox(sam, "accept", { conversationId: withAgent.sessionId });
    expect(accepted.error?.message).toBeUndefined();
    const assigned = await leave(withAgent, { clientMessageId: "b", email: "pat@example.com", text: "Hi" });
    expect(assigned.status).toBe(409);
    expect(assigned.body.error.message).toMatch(/write to them here/);
    await t.inbox(sam, "resolve", { conversationId: withAgent.sessionId });
    expect((await leave(withAgent, { clientMessageId: "c", email: "pat@example.com", text: "Hi" })).status).toBe(409);
    expect(smtp.mails).toHaveLength(0);
  });

  it("is refused once the chat has ended", async () => {
    t.api.runtime.mail = smtp.settings();
    const gone = await nobodyFree();
    await t.api.test.db.conversation.update({ where: { id: gone.sessionId }, data: { status: "ABANDONED" } });
    const ended = await leave(gone, { clientMessageId: "d", email: "pat@example.com", text: "Hi" });
    expect(ended.status).toBe(409);
    expect(ended.body.error.message).toMatch(/This chat has ended/);
  });

  it("from the queue too: a waiting customer leaves instead, and keeps their handoff for the team", async () => {
    t.api.runtime.mail = smtp.settings();
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const left = await leave(session, { clientMessageId: "q", email: "pat@example.com", text: "Can't wait, e-mail me" });
    expect(left.status).toBe(201);
    const row = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.status).toBe("QUEUED");
    expect(await t.api.test.db.handoff.count({ where: { conversationId: session.sessionId, outcome: null } })).toBe(1);
    const twice = await leave(session, { clientMessageId: "q2", email: "pat@example.com", text: "again" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already have your message/);
  });

  it("left when nobody was free (no open handoff): the agent can still transfer it, and the transfer opens the handoff the next team works on", async () => {
    t.api.runtime.mail = smtp.settings();
    const db = t.api.test.db;
    const session = await nobodyFree();
    expect((await leave(session, { clientMessageId: "t", email: "pat@example.com", text: "Wrong team probably" })).status).toBe(201);
    expect(await db.handoff.count({ where: { conversationId: session.sessionId, outcome: null } })).toBe(0);
    const { sam, alex } = await t.people();
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    await t.online(alex);
    const technical = await db.team.findFirstOrThrow({ where: { name: "Technical" } });
    const moved = await t.inbox(sam, "transfer", { conversationId: session.sessionId, teamId: technical.id });
    expect(moved.status).toBe(200);
    const latest = await db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId }, orderBy: { requestedAt: "desc" } });
    const noAgent = await db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId, outcome: "NO_AGENT" } });
    expect(latest).toMatchObject({ reason: "transfer", kind: "COLD", teamId: technical.id, outcome: null, nodeId: null, context: noAgent.context });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ status: "QUEUED", teamId: technical.id });
    expect((await t.inbox(alex, "accept", { conversationId: session.sessionId })).status).toBe(200);
    expect((await db.handoff.findUniqueOrThrow({ where: { id: latest.id } })).acceptedById).toBe(alex.userId);
  });

  it("without SMTP: not offered, asking anyway is a 409 that says so, and the inbox knows why", async () => {
    t.api.runtime.mail = { mailer: null, from: "Tandem <tandem@acme.test>" };
    const session = await nobodyFree();
    const read = await t.api.json<{ email: { available: boolean } }>("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token });
    expect(read.body.email.available).toBe(false);
    const before = await snapshot(session.sessionId);
    const refused = await leave(session, { clientMessageId: "x", email: "pat@example.com", text: "Hello" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/not available here/);
    expect(await snapshot(session.sessionId)).toEqual(before);
    const { sam } = await t.people();
    expect((await t.inbox<{ emailAvailable: boolean }>(sam, "counts", undefined, "query")).data?.emailAvailable).toBe(false);
  });

  it("a reply the mail server refuses stays in the transcript as failed, and goes out when sent again", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await nobodyFree();
    await leave(session, { clientMessageId: "f", email: "pat@example.com", text: "Hello" });
    const { sam } = await t.people();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    t.api.runtime.mail = { mailer: nodemailer.createTransport({ url: "smtp://127.0.0.1:1", connectionTimeout: 2000 }), from: "Tandem <tandem@acme.test>" };
    const sent = await t.inbox<{ seq: number; email: { state: string; error: string } }>(sam, "send", { conversationId: session.sessionId, text: "Refunded." });
    expect(sent.status).toBe(200);
    expect(sent.data!.email).toMatchObject({ state: "failed", error: expect.stringMatching(/send it again/) });
    expect((await t.transcript(session)).messages.some((m) => m.text === "Refunded.")).toBe(true);
    const row = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.awaitingEmailReplyAt).not.toBeNull();
    expect(smtp.mails).toHaveLength(1);

    t.api.runtime.mail = smtp.settings();
    const retried = await t.inbox<{ email: { state: string } }>(sam, "retryEmail", { conversationId: session.sessionId, seq: sent.data!.seq });
    expect(retried.data!.email.state).toBe("sent");
    expect(smtp.mails).toHaveLength(2);
    expect(decodedMail(smtp.mails[1]!.raw)).toContain("Refunded.");
    const twice = await t.inbox(sam, "retryEmail", { conversationId: session.sessionId, seq: sent.data!.seq });
    expect(twice.error?.message).toMatch(/already e-mailed/);
    expect(smtp.mails).toHaveLength(2);
  });

  it("the queue's sweeps leave it alone: no wait alert, no timeout into the no-agent path, never abandoned", async () => {
    t.api.runtime.mail = smtp.settings();
    const { sam } = await t.people();
    await t.online(sam);
    const waiting = await t.queued();
    const leaving = await t.queued();
    await leave(leaving, { clientMessageId: "s", email: "pat@example.com", text: "E-mail me" });
    // Hours later, with nobody accepting and neither customer seen since.
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 3 * 3600_000);
    const alertSettings = { ...smtp.settings(), thresholdSeconds: 120, appUrl: "https://support.acme.test/" };
    expect(await sweepWaitAlerts(t.api.runtime, t.api.clock.now, alertSettings)).toBe(1);
    const alerted = await t.api.test.db.handoff.findMany({ where: { waitAlertedAt: { not: null } }, select: { conversationId: true } });
    expect(alerted.map((h) => h.conversationId)).toEqual([waiting.sessionId]);
    const swept = (await sweepAbandonedQueue(t.api.runtime, t.api.clock.now)) + (await sweepQueueTimeouts(t.api.runtime, t.api.clock.now));
    expect(swept).toBe(1);
    const db = t.api.test.db;
    expect((await db.conversation.findUniqueOrThrow({ where: { id: waiting.sessionId } })).status).not.toBe("QUEUED");
    const kept = await db.conversation.findUniqueOrThrow({ where: { id: leaving.sessionId } });
    expect(kept.status).toBe("QUEUED");
    expect(kept.awaitingEmailReplyAt).not.toBeNull();
  });
});
