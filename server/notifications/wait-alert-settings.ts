import "server-only";
import nodemailer from "nodemailer";
import type { Runtime } from "../runtime/runtime";
import { envSchema } from "../env-schema";

/** What sends one e-mail; nodemailer's transport in the app, anything alike in tests. */
export interface Mailer {
  sendMail(message: {
    from: string;
    to: string[];
    subject: string;
    text: string;
    html?: string;
    /** Threading (e-mail follow-ups): this message's id, and the ones it answers. */
    messageId?: string;
    inReplyTo?: string;
    references?: string[];
  }): Promise<unknown>;
}

export interface WaitAlertSettings {
  /** null: SMTP is not configured, no e-mails. */
  mailer: Mailer | null;
  from: string;
  thresholdSeconds: number;
  appUrl: string;
}

// Only this feature's variables: the sweep also runs where the rest is not set (tests, the CLI).
const alertEnvSchema = envSchema.pick({ APP_URL: true, SMTP_URL: true, SMTP_FROM: true, ALERT_WAIT_SECONDS: true });

let cached: WaitAlertSettings | undefined;

/** From the environment, once per process; says once in the log when e-mail alerts are off. */
export function waitAlertSettings(log: Runtime["log"]): WaitAlertSettings {
  if (cached) return cached;
  const raw = Object.fromEntries(Object.entries(process.env).map(([key, value]) => [key, value === "" ? undefined : value]));
  const env = alertEnvSchema.parse(raw);
  if (!env.SMTP_URL) log("info", "SMTP_URL is not set: conversations waiting too long are not e-mailed to their team.");
  const mailer = env.SMTP_URL
    ? nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : null;
  cached = { mailer, from: env.SMTP_FROM, thresholdSeconds: env.ALERT_WAIT_SECONDS, appUrl: env.APP_URL };
  return cached;
}
