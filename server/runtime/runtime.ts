import type { DbClient } from "../db/db-client";
import type { HttpPort, LlmPort } from "../engine/ports";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import type { EmbeddedNlu } from "../nlu/embedded-nlu";
import type { EventBus } from "../realtime/event-bus";
import type { MailSettings } from "../notifications/mail-settings";
import type { TtlCache } from "./ttl-cache";

/** What conversation services need from the process; tests build their own. */
export interface Runtime {
  /** The process's client, or a transaction the whole call runs in (runtimeInTransaction). */
  db: DbClient;
  bus: EventBus;
  nlu: EmbeddedNlu;
  llm: LlmPort | null;
  http: HttpPort;
  /** Which addresses webhooks may reach; unset: the environment's (OUTBOUND_ALLOW_*), public addresses only by default. */
  outbound?: OutboundPolicy;
  /** How customer e-mails go out; unset: the environment's (SMTP_URL, SMTP_FROM). */
  mail?: MailSettings;
  now: () => Date;
  log: (level: "info" | "error", message: string, data?: Record<string, unknown>) => void;
  /** Team names (30 s) and team availability (1 s) per process. */
  cache: TtlCache;
}
