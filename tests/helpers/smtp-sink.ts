import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpSink, type SunkMail } from "./start-smtp-sink";

export type { SunkMail };

/** Decodes the quoted-printable body lines nodemailer writes, enough to read the text. */
export const decodedMail = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A real SMTP server on 127.0.0.1 that keeps every message it receives (emptied before each test). */
export function setupSmtpSink() {
  const mails: SunkMail[] = [];
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink(mails);
  });
  afterAll(() => sink.close());
  beforeEach(() => {
    mails.length = 0;
  });
  return {
    mails,
    /** What SMTP_URL=smtp://127.0.0.1:<port> and SMTP_FROM="Tandem <tandem@acme.test>" give. */
    settings: () => ({ mailer: nodemailer.createTransport({ url: `smtp://127.0.0.1:${sink.port}` }), from: "Tandem <tandem@acme.test>" }),
  };
}
