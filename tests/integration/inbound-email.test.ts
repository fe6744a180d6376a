import { describe, expect, it, vi } from "vitest";
import { analyticsFilterSchema } from "@/server/analytics/analytics-schemas";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { rollUpAnalytics } from "@/server/analytics/roll-up-analytics";
import { conversationReference } from "@/server/conversations/conversation-reference";
import { createApiToken } from "@/server/workspace/create-api-token";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import { decodedMail, setupSmtpSink, type SunkMail } from "../helpers/smtp-sink";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();
const smtp = setupSmtpSink();
const db = () => t.api.test.db;

interface InboundBody {
  conversationId: string;
  seq: number;
  status: string;
  reopened: boolean;
  duplicate: boolean;
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

const header = (mail: SunkMail, name: string) => new RegExp(`^${name}: (.+)$`, "mi").exec(mail.raw.replace(/\r?\n[ \t]+/g, " "))?.[1]?.trim();
const post = (token: string | undefined, body: unknown) => t.api.json<InboundBody>("POST", "/api/v1/inbound-email", { token, body });
const adminToken = async () => (await createApiTokenForAdmin(db(), { email: "admin@acme.test", name: "mail" })).secret;

/** A conversation whose customer left pat@example.com for a reply by e-mail (nobody was free); its acknowledgement's Message-ID. */
async function awaitingEmail(): Promise<{ session: Session; ackId: string }> {
  const session = await t.start();
  await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
  const left = await t.api.json<{ messages: PublicMessage[] }>("POST", `/api/v1/chat/sessions/${session.sessionId}/follow-up`, {
    token: session.token,
    body: { clientMessageId: "fu-1", email: "pat@example.com", text: "My invoice is doubled" },
  });
  expect(left.status).toBe(201);
  return { session, ackId: `<${session.sessionId}.${left.body.messages[0]!.seq}@acme.test>` };
}

/** What a refused request must leave as it was. */
async function snapshot(conversationId: string) {
  return {
    conversation: await db().conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: { status: true, lastSeq: true, awaitingEmailReplyAt: true },
    }),
    messages: await db().message.count({ where: { conversationId } }),
    events: await db().event.count({ where: { type: "follow_up_reply" } }),
    requests: await db().chatRequest.count({ where: { kind: "email" } }),
  };
}

describe("inbound e-mail (answers to follow-up e-mails)", () => {
  it("threads an answer by In-Reply-To into the agent's conversation, once, and the agent's next reply follows it", async () => {
    t.api.runtime.mail = { ...smtp.settings(), inbound: true };
    const token = await adminToken();
    const { session, ackId } = await awaitingEmail();
    const { sam } = await t.people();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    const sent = await t.inbox<{ seq: number }>(sam, "send", { conversationId: session.sessionId, text: "We've refunded the duplicate." });
    const replyId = `<${session.sessionId}.${sent.data!.seq}@acme.test>`;
    expect(decodedMail(smtp.mails[1]!.raw)).toContain("To add something, reply to this e-mail.");
    expect(decodedMail(smtp.mails[1]!.raw)).not.toContain("do not reach the conversation");

    const published: [string, number][] = [];
    const unsubscribe = t.api.runtime.bus.subscribeAll((id, seq) => published.push([id, seq]));
    const email = {
      from: "Pat Doe <Pat@Example.com>",
      to: "support@acme.test",
      subject: `Re: Re: Your message to Acme support [${conversationReference(session.sessionId)}]`,
      text: `It is still doubled on the March invoice.\r\n\r\nOn Fri, 4 Dec 2026 at 10:00, Tandem <tandem@acme.test> wrote:\r\n> Sam replied to your message:\r\n> We've refunded the duplicate.`,
      messageId: "CAF=abc123@mail.gmail.com",
      inReplyTo: replyId,
      references: `${ackId}\r\n ${replyId}`,
    };
    const added = await post(token, email);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ conversationId: session.sessionId, seq: sent.data!.seq + 1, status: "assigned", reopened: false, duplicate: false });
    await vi.waitFor(() => expect(published).toContainEqual([session.sessionId, added.body.seq]));
    unsubscribe();

    const message = await db().message.findUniqueOrThrow({ where: { conversationId_seq: { conversationId: session.sessionId, seq: added.body.seq } } });
    expect(message).toMatchObject({ author: "CUSTOMER", text: "It is still doubled on the March invoice." });
    expect(message.payload).toEqual({ viaEmail: { from: "pat@example.com", messageId: "<CAF=abc123@mail.gmail.com>", at: t.api.clock.now.toISOString() } });
    const row = await db().conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row).toMatchObject({ status: "ASSIGNED", assigneeId: sam.userId, awaitingEmailReplyAt: t.api.clock.now, lastSeq: added.body.seq });
    const events = await db().event.findMany({ where: { conversationId: session.sessionId, type: "follow_up_reply" } });
    expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ from: "assigned", reopened: false })]);
    // The agent's inbox shows it in the transcript and in the "Awaiting e-mail" view again.
    const open = await t.inbox<{ messages: { seq: number; author: string; text: string }[] }>(
      sam,
      "conversation",
      { conversationId: session.sessionId },
      "query",
    );
    expect(open.data!.messages.at(-1)).toMatchObject({ seq: added.body.seq, text: "It is still doubled on the March invoice.", viaEmail: true });
    expect((await t.inbox<{ id: string }[]>(sam, "list", { view: "email" }, "query")).data).toEqual([expect.objectContaining({ id: session.sessionId })]);

    // The provider's retry of the same e-mail adds nothing.
    const before = await snapshot(session.sessionId);
    const retried = await post(token, { ...email, messageId: "<CAF=abc123@mail.gmail.com>" });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ seq: added.body.seq, duplicate: true });
    expect(await snapshot(session.sessionId)).toEqual(before);

    // Sam's next reply answers the customer's e-mail.
    const next = await t.inbox<{ seq: number }>(sam, "send", { conversationId: session.sessionId, text: "Fixed the March one too." });
    expect(smtp.mails).toHaveLength(3);
    expect(header(smtp.mails[2]!, "Message-ID")).toBe(`<${session.sessionId}.${next.data!.seq}@acme.test>`);
    expect(header(smtp.mails[2]!, "In-Reply-To")).toBe("<CAF=abc123@mail.gmail.com>");
    expect(header(smtp.mails[2]!, "References")).toBe(`${ackId} ${replyId} <CAF=abc123@mail.gmail.com>`);
    expect((await db().conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).awaitingEmailReplyAt).toBeNull();
  });

  it("matches by the subject's reference and reopens a resolved conversation into its team's queue", async () => {
    t.api.runtime.mail = smtp.settings();
    const token = await adminToken();
    const { session } = await awaitingEmail();
    const { sam } = await t.people();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Refunded." });
    // Without INBOUND_EMAIL the footer says replies do not reach the conversation.
    expect(decodedMail(smtp.mails[1]!.raw)).toContain("replies to this e-mail do not reach the conversation");
    // Resolved yesterday (as the inbox's resolve leaves a flow that ends there).
    const yesterday = new Date(t.api.clock.now.getTime() - 86_400_000);
    await db().conversation.update({ where: { id: session.sessionId }, data: { status: "RESOLVED", closedAt: yesterday } });

    const reference = conversationReference(session.sessionId);
    const email = {
      from: "pat@example.com",
      to: "support@acme.test",
      subject: `Re: Your message [${reference}]`,
      text: "Thanks! One more thing.\n> Refunded.",
      messageId: "<r2@example.com>",
    };
    const added = await post(token, email);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: "queued", reopened: true });
    const billing = await db().team.findFirstOrThrow({ where: { name: "Billing" } });
    const row = await db().conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row).toMatchObject({ status: "QUEUED", assigneeId: null, teamId: billing.id, closedAt: null, queuedAt: t.api.clock.now });
    const lines = await db().message.findMany({ where: { conversationId: session.sessionId, seq: { gte: added.body.seq } }, orderBy: { seq: "asc" } });
    expect(lines.map((m) => [m.author, m.text])).toEqual([
      ["CUSTOMER", "Thanks! One more thing."],
      ["SYSTEM", "The customer answered by e-mail: back in the team's queue"],
    ]);
    const listed = await t.inbox<{ id: string }[]>(sam, "list", { view: "email" }, "query");
    expect(listed.data).toEqual([expect.objectContaining({ id: session.sessionId })]);

    // A second e-mail before anyone replied: added (to the queued conversation as it is), the wait still counts from the first.
    const firstAt = t.api.clock.now;
    t.api.clock.now = new Date(firstAt.getTime() + 60_000);
    const second = await post(token, { ...email, text: "Also: order 42.", messageId: "<r2b@example.com>" });
    expect(second.body).toMatchObject({ seq: added.body.seq + 2, status: "queued", reopened: false });
    expect(await db().conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({ status: "QUEUED", awaitingEmailReplyAt: firstAt });

    // Ended long ago: refused, nothing written.
    await db().conversation.update({
      where: { id: session.sessionId },
      data: { status: "RESOLVED", closedAt: new Date(t.api.clock.now.getTime() - 31 * 86_400_000) },
    });
    const before = await snapshot(session.sessionId);
    const late = await post(token, { ...email, messageId: "<r3@example.com>" });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toMatch(/more than 30 days ago/);
    expect(await snapshot(session.sessionId)).toEqual(before);
  });

  it("gives a reopened conversation a handoff of its own (reason email_reply): transferable, counted live and rolled up alike", async () => {
    t.api.runtime.mail = smtp.settings();
    const token = await adminToken();
    const { session } = await awaitingEmail();
    const { sam, alex, morgan } = await t.people();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Refunded." });
    expect((await t.inbox(sam, "resolve", { conversationId: session.sessionId })).status).toBe(200);
    const handoffs = () => db().handoff.findMany({ where: { conversationId: session.sessionId }, orderBy: { requestedAt: "asc" } });
    const earlier = await handoffs();
    expect(earlier.length).toBeGreaterThan(0);

    // Two days later the day the chat started is rolled up; then the customer answers the reference e-mail.
    const day = { preset: "custom", from: "2026-11-23", to: "2026-11-23" } as const;
    const report = () => loadAnalytics(db(), morgan, analyticsFilterSchema.parse(day), t.api.clock.now);
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 2 * 86_400_000);
    expect(await rollUpAnalytics(db(), t.api.clock.now, 100)).toBeGreaterThan(0);
    const before = await report();
    const email = {
      from: "pat@example.com",
      to: "support@acme.test",
      subject: `Re: Your message [${conversationReference(session.sessionId)}]`,
      text: "It came back.",
      messageId: "<again@example.com>",
    };
    expect((await post(token, email)).body).toMatchObject({ status: "queued", reopened: true });
    const billing = await db().team.findFirstOrThrow({ where: { name: "Billing" } });
    const reopened = await handoffs();
    expect(reopened).toHaveLength(earlier.length + 1);
    expect(reopened.at(-1)).toMatchObject({
      reason: "email_reply",
      kind: "COLD",
      teamId: billing.id,
      nodeId: null,
      requestedAt: t.api.clock.now,
      acceptedAt: null,
      outcome: null,
      context: earlier.at(-1)!.context,
    });
    // A second e-mail to the queued conversation opens nothing more.
    await post(token, { ...email, text: "Still there?", messageId: "<again-2@example.com>" });
    expect(await handoffs()).toHaveLength(earlier.length + 1);

    // Sam takes it after 10 minutes and passes it to Technical (a transfer needs the open handoff); Alex resolves it.
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 600_000);
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    await t.online(alex);
    const technical = await db().team.findFirstOrThrow({ where: { name: "Technical" } });
    expect((await t.inbox(sam, "transfer", { conversationId: session.sessionId, teamId: technical.id })).status).toBe(200);
    expect((await t.inbox(alex, "accept", { conversationId: session.sessionId })).status).toBe(200);
    expect((await t.inbox(alex, "resolve", { conversationId: session.sessionId })).status).toBe(200);
    expect((await handoffs()).slice(earlier.length).map((h) => [h.reason, h.acceptedAt?.getTime() !== undefined, h.outcome])).toEqual([
      ["email_reply", true, "TRANSFERRED"],
      ["transfer", true, "RESOLVED"],
    ]);

    // Analytics: the rolled-up day is read again (the Handoff trigger marked it dirty), with the two new handoffs and their reasons.
    const live = await report();
    const reasons = (r: typeof live) => Object.fromEntries(r.reasons.filter((x) => x.current).map((x) => [x.reason, x.current]));
    expect(reasons(live)).toEqual({ ...reasons(before), email_reply: 1, transfer: (reasons(before).transfer ?? 0) + 1 });
    expect(live.reasons.find((x) => x.reason === "email_reply")?.label).toBe("Answered by e-mail");
    expect(live.handoffs.current.handoffs).toBe(before.handoffs.current.handoffs + 2);
    expect(live.handoffs.current.accepted).toBe(before.handoffs.current.accepted + 2);
    expect(live.handoffs.current.transferred).toBe(before.handoffs.current.transferred + 1);
    expect(live.kpis.started).toEqual(before.kpis.started);
    expect(live.conversations.current.escalated).toBe(before.conversations.current.escalated);
    expect(await rollUpAnalytics(db(), t.api.clock.now, 100)).toBeGreaterThan(0);
    expect(await report()).toEqual(live);
  });

  it("refuses a stranger's sender (422), another workspace's conversation (404), bad bodies (400) and unmatched mail (422), writing nothing", async () => {
    t.api.runtime.mail = smtp.settings();
    const token = await adminToken();
    const { session, ackId } = await awaitingEmail();
    const good = { from: "pat@example.com", to: "support@acme.test", subject: "Re: hello", text: "Hi", messageId: "<x1@example.com>", inReplyTo: ackId };
    const before = await snapshot(session.sessionId);

    const stranger = await post(token, { ...good, from: "mallory@example.com" });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error).toMatchObject({ code: "email_not_accepted", message: expect.stringMatching(/mallory@example.com is not the address/) });

    const unmatched = await post(token, { ...good, inReplyTo: "<someone-else@example.com>" });
    expect(unmatched.status).toBe(422);
    expect(unmatched.body.error.message).toMatch(/No conversation matches/);
    expect((await post(token, { ...good, text: "> only a quote" })).body.error.message).toMatch(/no text of its own/);

    const other = await db().workspace.create({ data: { name: "Other", slug: "other-inbound" } });
    const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
    const { secret: otherToken } = await createApiToken(db(), other.id, admin.id, { name: "other mail" });
    const foreign = await post(otherToken, good);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("not_found");

    expect((await post(undefined, good)).status).toBe(401);
    for (const [body, field] of [
      [{ ...good, from: "not an address" }, "from"],
      [{ ...good, messageId: "no-at-sign" }, "messageId"],
      [{ ...good, text: "x".repeat(70_000) }, "text"],
      [{ ...good, inReplyTo: 42 }, "inReplyTo"],
      [{ ...good, extra: true }, undefined],
      [{ to: "a@b.c", text: "hi" }, "from"],
    ] as const) {
      const refused = await post(token, body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(refused.body.error.code).toBe("invalid_body");
      if (field) expect(refused.body.error.fields?.[field]?.length).toBeGreaterThan(0);
    }
    const notJson = await t.api.call("POST", "/api/v1/inbound-email", { token, rawBody: "from=pat" });
    expect(notJson.status).toBe(400);
    expect(await snapshot(session.sessionId)).toEqual(before);
  });
});
