import "server-only";
import nodemailer from "nodemailer";
import type { Runtime } from "../runtime/runtime";
import { envSchema } from "../env-schema";
import type { Mailer } from "./wait-alert-settings";

/** How customer e-mails (transcripts, replies) go out; `mailer: null` when SMTP_URL is not set. */
export interface MailSettings {
  mailer: Mailer | null;
  from: string;
  /** Whether answers to follow-up e-mails reach the conversation (INBOUND_EMAIL=on: a provider posts them to /api/v1/inbound-email). */
  inbound?: boolean;
}

const mailEnvSchema = envSchema.pick({ SMTP_URL: true, SMTP_FROM: true, INBOUND_EMAIL: true });

let cached: MailSettings | undefined;

/** The runtime's mail settings (tests set them), else the environment's, read once per process. */
export function mailSettings(runtime: Pick<Runtime, "mail">): MailSettings {
  if (runtime.mail !== undefined) return runtime.mail;
  if (cached) return cached;
  const raw = Object.fromEntries(Object.entries(process.env).map(([key, value]) => [key, value === "" ? undefined : value]));
  const env = mailEnvSchema.parse(raw);
  const mailer = env.SMTP_URL
    ? nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : null;
  cached = { mailer, from: env.SMTP_FROM, inbound: env.INBOUND_EMAIL === "on" };
  return cached;
}
