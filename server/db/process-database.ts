import { parseEnv, seedHistoryEnabled } from "../env-schema";
import type { Database } from "./connect-database";
import { prepareDatabase } from "./prepare-database";
import { resolveTarget } from "./resolve-target";

const holder = globalThis as typeof globalThis & { tandemDatabase?: Promise<Database> };

/**
 * The process's one database, migrated (and, when the embedded database is
 * new, seeded) on first use. Kept on globalThis so Next's instrumentation,
 * its route bundles and dev reloads all share it.
 */
export function processDatabase(): Promise<Database> {
  if (!holder.tandemDatabase) {
    const env = parseEnv(process.env);
    holder.tandemDatabase = prepareDatabase(resolveTarget(env), {
      seedDemoWhenEmpty: env.TANDEM_SEED_DEMO,
      seedHistoryWithDemo: seedHistoryEnabled(env),
      log: (line) => console.log(line),
    }).catch((error: unknown) => {
      holder.tandemDatabase = undefined;
      throw error;
    });
  }
  return holder.tandemDatabase;
}
