import "server-only";
import { mailSettings } from "../notifications/mail-settings";
import type { Runtime } from "../runtime/runtime";

/** What the chat may offer by e-mail: nothing without SMTP; the address the customer already gave, to prefill. */
export async function emailOptions(runtime: Runtime, conversationId: string) {
  const available = mailSettings(runtime).mailer !== null;
  if (!available) return { available, address: null };
  const row = await runtime.db.conversation.findUnique({ where: { id: conversationId }, select: { customerEmail: true } });
  return { available, address: row?.customerEmail ?? null };
}
