import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL");

/** Every environment variable the app reads, in one place. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server. Unset: the embedded PGlite database under PGLITE_DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Folder of the embedded database, or memory:// for a throwaway one. */
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Signs session cookies. `npm run dev` writes one to .env.local; production must set it. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)"),
  /** Seed the demo workspace on the first start of an empty embedded database. */
  /** Public chat API: requests per minute from one IP address, and messages per minute in one chat. */
  RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_PER_SESSION: z.coerce.number().int().positive().default(30),
  /** Optional LLM provider for clarifying questions, grounded answers and summaries. */
  LLM_PROVIDER: z.enum(["none", "openai", "ollama"]).default("none"),
  LLM_MODEL: z.string().min(1).optional(),
  /** An OpenAI-compatible base URL (e.g. http://localhost:11434/v1), or Ollama's URL. */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(200).max(60_000).default(4000),
  TANDEM_SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
});

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; the error names every bad variable and says why. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
}
