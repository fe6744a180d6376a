import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { runSweeps } from "@/server/jobs/run-sweeps";
import { sweepWaitAlerts } from "@/server/jobs/sweep-wait-alerts";
import type { WaitAlertSettings } from "@/server/notifications/wait-alert-settings";
import { decodedMail as decoded, setupSmtpSink } from "../helpers/smtp-sink";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();
const sink = setupSmtpSink();
const inbox = sink.mails;

/** What SMTP_URL=smtp://127.0.0.1:<port>, ALERT_WAIT_SECONDS=120 and APP_URL=https://support.acme.test give. */
const settings = (): WaitAlertSettings => ({ ...sink.settings(), thresholdSeconds: 120, appUrl: "https://support.acme.test/" });

const at = (seconds: number) => new Date(t.api.clock.now.getTime() + seconds * 1000);

describe("e-mail alerts for conversations waiting too long", () => {
  it("e-mails the team's available agents once, after the threshold and not before, with a link to the conversation", async () => {
    const { sam, alex, morgan } = await t.people();
    await t.online(sam);
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" }, include: { members: true } });
    // Alex joins Billing but is offline: not e-mailed while Sam is around.
    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    const session = await t.start();
    await t.say(session, "My invoice <b>is</b> wrong & I was charged twice");
    await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    const queuedAt = (await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).queuedAt!;
    expect(queuedAt).toEqual(t.api.clock.now);

    expect(await sweepWaitAlerts(t.api.runtime, at(119), settings())).toBe(0);
    expect(inbox).toHaveLength(0);

    expect(await sweepWaitAlerts(t.api.runtime, at(120), settings())).toBe(1);
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail!.from).toBe("tandem@acme.test");
    expect(mail!.to).toEqual([sam.email]);
    expect(mail!.to).not.toContain(morgan.email);
    const raw = decoded(mail!.raw);
    const label = `Visitor ${session.sessionId.slice(-4)}`;
    expect(raw).toContain(`Subject: ${label} has waited 2 min for Billing`);
    expect(raw).toContain(`https://support.acme.test/inbox?c=${session.sessionId}&view=unassigned`);
    // No demo article answers a double charge (a partial match is not shown), so the flow itself hands over before the button.
    expect(raw).toContain("Reason: Reached a handoff");
    expect(raw).toContain("Last message: My invoice <b>is</b> wrong & I was charged twice");
    // The HTML part escapes what the customer wrote.
    expect(raw).toContain("My invoice &lt;b&gt;is&lt;/b&gt; wrong &amp; I was charged twice");
    expect(raw).not.toContain("<td>My invoice <b>");
    expect(await t.api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } })).toMatchObject({ waitAlertedAt: at(120) });

    // Never twice, even if it keeps waiting, or two instances sweep at once.
    await Promise.all([sweepWaitAlerts(t.api.runtime, at(300), settings()), sweepWaitAlerts(t.api.runtime, at(300), settings())]);
    expect(inbox).toHaveLength(1);
  });

  it("e-mails every member of the team when all of them are offline", async () => {
    const { sam, alex } = await t.people();
    await t.online(sam);
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    await t.api.test.db.teamMember.create({ data: { teamId: billing.id, membershipId: alex.membershipId } });
    await t.queued();
    await t.api.test.db.membership.update({ where: { id: sam.membershipId }, data: { presence: "OFFLINE" } });
    expect(await sweepWaitAlerts(t.api.runtime, at(125), settings())).toBe(1);
    expect(inbox.map((mail) => mail.to)).toEqual([[alex.email, sam.email].sort()]);
  });

  it("sends nothing for a conversation accepted before the threshold, or when SMTP is not configured", async () => {
    const { sam } = await t.people();
    await t.online(sam, 5);
    const accepted = await t.queued();
    await t.inbox(sam, "accept", { conversationId: accepted.sessionId });
    expect(await sweepWaitAlerts(t.api.runtime, at(150), settings())).toBe(0);

    await t.queued();
    expect(await sweepWaitAlerts(t.api.runtime, at(150), { ...settings(), mailer: null })).toBe(0);
    // The app's own sweep reads the environment, where SMTP_URL is not set here.
    expect((await runSweeps(t.api.runtime, at(150))).waitAlerts).toBe(0);
    expect(inbox).toHaveLength(0);
    expect(await t.api.test.db.handoff.count({ where: { waitAlertedAt: { not: null } } })).toBe(0);
  });

  it("tries again at the next sweep when the SMTP server is down", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    await t.queued();
    const down: WaitAlertSettings = { ...settings(), mailer: nodemailer.createTransport({ url: "smtp://127.0.0.1:1", connectionTimeout: 2000 }) };
    expect(await sweepWaitAlerts(t.api.runtime, at(130), down)).toBe(0);
    expect(await t.api.test.db.handoff.count({ where: { waitAlertedAt: { not: null } } })).toBe(0);
    expect(await sweepWaitAlerts(t.api.runtime, at(140), settings())).toBe(1);
    expect(inbox).toHaveLength(1);
  });
});
