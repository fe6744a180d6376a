import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { decodedMail, setupSmtpSink } from "../helpers/smtp-sink";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();
const smtp = setupSmtpSink();

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

const emailTranscript = (session: Session, body: unknown) =>
  t.api.json<{ sent: true; email: string; remaining: number } & ErrorBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/transcript/email`, {
    token: session.token,
    body,
  });

const sessionEmail = async (session: Session) =>
  (await t.api.json<{ email: { available: boolean; address: string | null } }>("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token }))
    .body.email;

/** A chat Sam took over, with an internal note and a reply, then resolved. */
async function endedChat() {
  const { sam } = await t.people();
  await t.online(sam);
  const session = await t.queued();
  await t.say(session, "My invoice is wrong & <b>doubled</b>");
  await t.inbox(sam, "accept", { conversationId: session.sessionId });
  await t.inbox(sam, "note", { conversationId: session.sessionId, text: "SECRET: customer is on the watch list" });
  await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Refund issued." });
  expect((await t.inbox(sam, "resolve", { conversationId: session.sessionId })).status).toBe(200);
  return session;
}

describe("transcript by e-mail", () => {
  it("e-mails the transcript's text (never internal notes) to the address given, prefilled from the conversation", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await endedChat();
    expect(await sessionEmail(session)).toEqual({ available: true, address: null });
    await t.api.test.db.conversation.update({ where: { id: session.sessionId }, data: { customerEmail: "pat@example.com" } });
    expect(await sessionEmail(session)).toEqual({ available: true, address: "pat@example.com" });

    const sent = await emailTranscript(session, { email: "  pat@example.com " });
    expect(sent).toMatchObject({ status: 200, body: { sent: true, email: "pat@example.com", remaining: 2 } });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.from).toBe("tandem@acme.test");
    expect(mail!.to).toEqual(["pat@example.com"]);
    const raw = decodedMail(mail!.raw);
    expect(raw).toContain("Subject: Your chat transcript: Acme support");
    expect(raw).toContain("Started 2026-11-23 at 10:00. Times are in UTC.");
    expect(raw).toContain("[10:00] You: My invoice is wrong & <b>doubled</b>");
    expect(raw).toContain("[10:00] Sam Carter: Refund issued.");
    // The HTML part escapes what the customer wrote.
    expect(raw).toContain("My invoice is wrong &#38; &#60;b&#62;doubled&#60;/b&#62;");
    expect(raw).not.toContain("SECRET");
    expect(await t.api.test.db.event.count({ where: { conversationId: session.sessionId, type: "transcript.emailed" } })).toBe(1);
  });

  it("refuses a bad address with a clear 400 and sends nothing", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await endedChat();
    for (const email of ["not-an-address", "pat@", "", "a".repeat(250) + "@x.io"]) {
      const bad = await emailTranscript(session, { email });
      expect(bad.status, email).toBe(400);
      expect(bad.body.error.fields?.email?.[0], email).toMatch(/e-mail address/);
    }
    expect((await emailTranscript(session, {})).status).toBe(400);
    expect((await emailTranscript(session, { email: "pat@example.com", cc: "x@example.com" })).status).toBe(400);
    expect(smtp.mails).toHaveLength(0);
  });

  it("sends at most 3 per conversation, concurrent requests included", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await endedChat();
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => emailTranscript(session, { email: `pat${i}@example.com` })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 429]);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.body.error.message).toBe("This transcript has already been e-mailed 3 times. Download it instead.");
    expect(smtp.mails).toHaveLength(3);
  });

  it("without SMTP: not offered, and asking anyway is a 409 that says so", async () => {
    t.api.runtime.mail = { mailer: null, from: "Tandem <tandem@acme.test>" };
    const session = await endedChat();
    expect(await sessionEmail(session)).toEqual({ available: false, address: null });
    const refused = await emailTranscript(session, { email: "pat@example.com" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/not available here/);
  });

  it("when the SMTP server is down: 503, and the failed send does not count", async () => {
    t.api.runtime.mail = { mailer: nodemailer.createTransport({ url: "smtp://127.0.0.1:1", connectionTimeout: 2000 }), from: "Tandem <tandem@acme.test>" };
    const session = await endedChat();
    const down = await emailTranscript(session, { email: "pat@example.com" });
    expect(down.status).toBe(503);
    expect(down.body.error.message).toMatch(/try again in a few minutes/);
    expect(await t.api.test.db.event.count({ where: { conversationId: session.sessionId, type: "transcript.emailed" } })).toBe(0);
    t.api.runtime.mail = smtp.settings();
    expect((await emailTranscript(session, { email: "pat@example.com" })).body.remaining).toBe(2);
  });

  it("needs the chat's token", async () => {
    t.api.runtime.mail = smtp.settings();
    const session = await endedChat();
    const other = await t.start();
    const forged = await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/transcript/email`, {
      token: other.token,
      body: { email: "x@example.com" },
    });
    expect(forged.status).toBe(403);
    expect((await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/transcript/email`, { body: { email: "x@example.com" } })).status).toBe(401);
    expect(smtp.mails).toHaveLength(0);
  });
});
