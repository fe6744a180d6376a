import "server-only";
import type { Runtime } from "../runtime/runtime";
import { customerLabel } from "../inbox/customer-label";
import { waitAlertEmail } from "./wait-alert-email";
import type { Mailer, WaitAlertSettings } from "./wait-alert-settings";

/**
 * E-mails a team that one of its conversations has waited too long. To the
 * members who are online or away (at work, maybe not looking at the inbox);
 * when all are offline, to everyone in the team, since otherwise nobody
 * would hear of it. Returns false when the team has nobody to tell.
 */
export async function sendWaitAlert(runtime: Runtime, settings: WaitAlertSettings & { mailer: Mailer }, conversationId: string, now: Date): Promise<boolean> {
  const conversation = await runtime.db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    include: {
      team: { select: { name: true, members: { select: { membership: { select: { presence: true, user: { select: { email: true } } } } } } } },
      handoffs: { orderBy: { requestedAt: "desc" }, take: 1, select: { reason: true } },
      messages: { where: { author: "CUSTOMER" }, orderBy: { seq: "desc" }, take: 1, select: { text: true } },
    },
  });
  const members = conversation.team?.members.map((member) => member.membership) ?? [];
  const available = members.filter((member) => member.presence !== "OFFLINE");
  const to = [...new Set((available.length > 0 ? available : members).map((member) => member.user.email))];
  if (!conversation.team || to.length === 0) {
    runtime.log("info", "a conversation waits too long, but its team has nobody to e-mail", { conversationId });
    return false;
  }
  const waitedSince = conversation.queuedAt ?? now;
  const email = waitAlertEmail({
    customer: customerLabel(conversation),
    team: conversation.team.name,
    reason: conversation.handoffs[0]?.reason ?? null,
    waitSeconds: (now.getTime() - waitedSince.getTime()) / 1000,
    lastMessage: conversation.messages[0]?.text ?? null,
    link: `${settings.appUrl.replace(/\/+$/, "")}/inbox?c=${encodeURIComponent(conversation.id)}&view=unassigned`,
  });
  await settings.mailer.sendMail({ from: settings.from, to, ...email });
  return true;
}
