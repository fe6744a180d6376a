import { z } from "zod";
import { parseCidr } from "./flow/address/ip-address";
import { parseTrustProxy } from "./net/trust-proxy";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

/** Every environment variable the app reads, in one place. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server. Unset: the embedded PGlite database under PGLITE_DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Connections each server process (each worker) keeps to DATABASE_URL at most (docs/deploy.md, "Sizing"). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Folder of the embedded database, or memory:// for a throwaway one. */
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** The embedded database's buffer cache in MB (PostgreSQL's shared_buffers; its own default, 128, costs ~130 MB more RSS). */
  PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(4096).default(16),
  /** Signs session cookies. `npm run dev` writes one to .env.local; production must set it. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)"),
  /** Public chat API: requests per minute from one IP address, and messages per minute in one chat. */
  RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_PER_SESSION: z.coerce.number().int().positive().default(30),
  /** New chat sessions per minute from one IP address, and on one flow (all addresses together). */
  RATE_LIMIT_SESSIONS_PER_IP: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_SESSIONS_PER_FLOW: z.coerce.number().int().positive().default(600),
  /**
   * Which X-Forwarded-For hops to believe: unset (the default) believes none — the address the
   * connection comes from is the client; a number is how many proxies stand in front; or a list of
   * the proxies' addresses/CIDR ranges (`loopback`, `private`, `linklocal` name the usual ones).
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** Optional LLM provider for clarifying questions, grounded answers and summaries. */
  LLM_PROVIDER: z.enum(["none", "openai", "ollama"]).default("none"),
  LLM_MODEL: z.string().min(1).optional(),
  /** An OpenAI-compatible base URL (e.g. http://localhost:11434/v1), or Ollama's URL. */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(200).max(60_000).default(4000),
  /** Where people reach the app; links in e-mails (e.g. to a waiting conversation) start with it. */
  APP_URL: z.url("must be a URL like https://support.example.com").default("http://localhost:3000"),
  /** How long a transcript link in a webhook (docs/webhooks.md) stays valid, in days. */
  TRANSCRIPT_LINK_DAYS: z.coerce.number().int().min(1, "must be at least 1 day").max(90, "must be at most 90 days").default(7),
  /** Outgoing mail for wait alerts: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. Unset: no e-mails. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, "must be an smtp:// or smtps:// URL, like smtp://user:password@mail.example.com:587")
    .optional(),
  /** The From of alert e-mails. */
  SMTP_FROM: z.string().min(3).default("Tandem <tandem@localhost>"),
  /** "on": a mail provider posts customers' answers to follow-up e-mails to POST /api/v1/inbound-email, so those e-mails invite a reply. */
  INBOUND_EMAIL: z.enum(["on", "off"]).default("off"),
  /** A queued conversation waiting this long e-mails its team (once). */
  ALERT_WAIT_SECONDS: z.coerce.number().int().min(10, "must be at least 10 seconds").default(120),
  /** Where people report a vulnerability in this deployment: served as /.well-known/security.txt (RFC 9116). Unset: no such file. */
  SECURITY_CONTACT: z
    .string()
    .trim()
    .regex(/^(mailto:|https:\/\/)\S+$|^[^\s@/:]+@[^\s@/]+$/, "must be an e-mail address, a mailto: address or an https:// URL")
    .optional(),
  /**
   * Outbound requests (HTTP request steps, webhooks) reach public Internet addresses only. For self-hosters who call
   * internal services on purpose: OUTBOUND_ALLOW_PRIVATE=true allows every address; OUTBOUND_ALLOW_CIDRS allows some
   * blocks (`10.1.0.0/16,fd00::/8,192.168.1.5`).
   */
  OUTBOUND_ALLOW_PRIVATE: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
  OUTBOUND_ALLOW_CIDRS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((cidr) => cidr.trim())
        .filter(Boolean),
    )
    .superRefine((cidrs, ctx) => {
      const bad = cidrs.filter((cidr) => !parseCidr(cidr));
      if (bad.length) ctx.addIssue({ code: "custom", message: `${bad.join(", ")}: not an IP address or CIDR block; write them like 10.1.0.0/16,fd00::/8` });
    }),
  /** Seed the demo workspace on the first start of an empty embedded database. */
  TANDEM_SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /**
   * With the demo seed, also play 30 days of demo conversations into it (server/demo). Unset: only under
   * `npm run dev` (NODE_ENV development) — never for `npm start`, the tests or production; see seedHistoryEnabled.
   */
  TANDEM_SEED_HISTORY: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true")),
});

export type Env = z.infer<typeof envSchema>;

/** Whether a freshly seeded demo gets its month of conversations: TANDEM_SEED_HISTORY, else only in development (`npm run dev`). */
export function seedHistoryEnabled(env: Pick<Env, "NODE_ENV" | "TANDEM_SEED_HISTORY">): boolean {
  return env.TANDEM_SEED_HISTORY ?? env.NODE_ENV === "development";
}

/** Parses an environment; the error names every bad variable and says why. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  return parseEnvWith(envSchema, raw);
}

/** Parses some of the variables with their own part of the schema (e.g. `envSchema.pick(…)`), naming the bad ones. */
export function parseEnvWith<T extends z.ZodType>(schema: T, raw: Record<string, string | undefined>): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value === "" ? undefined : value]));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
}
