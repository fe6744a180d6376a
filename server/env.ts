import "server-only";
import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The validated environment; throws naming the bad variable on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
