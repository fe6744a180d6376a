import "server-only";
import type { Runtime } from "../runtime/runtime";
import { sendWaitAlert } from "../notifications/send-wait-alert";
import { waitAlertSettings, type WaitAlertSettings } from "../notifications/wait-alert-settings";

const BATCH = 20;

/**
 * E-mails the team once per queued handoff nobody accepted within
 * ALERT_WAIT_SECONDS. Each handoff is claimed by stamping `waitAlertedAt` in
 * one statement (FOR UPDATE SKIP LOCKED), so several instances never send the
 * same alert; the e-mail goes out after the claim committed, and a failed
 * send clears the stamp so the next sweep tries again. Without SMTP
 * settings it does nothing. Returns how many alerts were sent.
 */
export async function sweepWaitAlerts(runtime: Runtime, now: Date, settings: WaitAlertSettings = waitAlertSettings(runtime.log)): Promise<number> {
  const { mailer } = settings;
  if (!mailer) return 0;
  const cutoff = new Date(now.getTime() - settings.thresholdSeconds * 1000);
  const claimed = await runtime.db.$queryRawUnsafe<{ id: string; conversationId: string }[]>(
    `UPDATE "Handoff" h SET "waitAlertedAt" = $1::timestamptz AT TIME ZONE 'UTC'
     WHERE h."id" IN (
       SELECT o."id" FROM "Handoff" o JOIN "Conversation" c ON c."id" = o."conversationId"
       WHERE o."waitAlertedAt" IS NULL AND o."outcome" IS NULL AND o."acceptedAt" IS NULL
         AND c."status" = 'QUEUED' AND c."awaitingEmailReplyAt" IS NULL AND c."teamId" IS NOT NULL AND c."queuedAt" <= $2::timestamptz AT TIME ZONE 'UTC'
         -- the conversation's current handoff only: one alert per wait, even if an older one was left open
         AND NOT EXISTS (SELECT 1 FROM "Handoff" n WHERE n."conversationId" = o."conversationId" AND n."requestedAt" > o."requestedAt")
       ORDER BY c."queuedAt" LIMIT $3 FOR UPDATE OF o SKIP LOCKED)
     RETURNING h."id", h."conversationId"`,
    now.toISOString(),
    cutoff.toISOString(),
    BATCH,
  );
  let sent = 0;
  for (const handoff of claimed) {
    try {
      if (await sendWaitAlert(runtime, { ...settings, mailer }, handoff.conversationId, now)) sent++;
    } catch (error) {
      runtime.log("error", "a wait alert e-mail failed; trying again at the next sweep", { conversationId: handoff.conversationId, error: String(error) });
      await runtime.db.handoff.updateMany({ where: { id: handoff.id }, data: { waitAlertedAt: null } });
    }
  }
  return sent;
}
