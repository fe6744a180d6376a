import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach } from "vitest";

export interface SunkMail {
  from: string;
  to: string[];
  raw: string;
}

/** Decodes the quoted-printable body lines nodemailer writes, enough to read the text. */
export const decodedMail = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A real SMTP server on 127.0.0.1 that keeps every message it receives (emptied before each test). */
export function setupSmtpSink() {
  const mails: SunkMail[] = [];
  let sink: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => (raw += chunk));
        stream.on("end", () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address).sort(),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
    port = (sink.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });
  beforeEach(() => {
    mails.length = 0;
  });
  return {
    mails,
    /** What SMTP_URL=smtp://127.0.0.1:<port> and SMTP_FROM="Tandem <tandem@acme.test>" give. */
    settings: () => ({ mailer: nodemailer.createTransport({ url: `smtp://127.0.0.1:${port}` }), from: "Tandem <tandem@acme.test>" }),
  };
}
