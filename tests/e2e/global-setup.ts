import { appendFileSync, writeFileSync } from "node:fs";
import { startSmtpSink } from "../helpers/start-smtp-sink";

/**
 * One SMTP sink for the whole e2e run, on E2E_SMTP_PORT (the server's SMTP_URL, playwright.config.ts): every mail
 * the server sends (transcripts, follow-ups, wait alerts) is received, and appended as a JSON line to E2E_MAILBOX
 * for the specs to read (tests/e2e/mailbox.ts). A send that still fails is a real failure and stays in the log.
 */
export default async function globalSetup() {
  const mailbox = process.env.E2E_MAILBOX!;
  writeFileSync(mailbox, "");
  const sink = await startSmtpSink({ push: (mail) => appendFileSync(mailbox, `${JSON.stringify(mail)}\n`) }, Number(process.env.E2E_SMTP_PORT));
  return sink.close;
}
