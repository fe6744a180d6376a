import { seedDemoWorkspace } from "../../prisma/seed";
import { connectDatabase, type Database, type DatabaseTarget } from "./connect-database";
import { migrateDatabase } from "./migrate-database";

export interface PrepareOptions {
  /** Seed the demo workspace when the database has no workspace yet (embedded mode only). */
  seedDemoWhenEmpty: boolean;
  /** With the demo seed, also play its 30 days of conversations (TANDEM_SEED_HISTORY). */
  seedHistoryWithDemo?: boolean;
  log?: (line: string) => void;
}

/** Connects, applies pending migrations, and seeds a fresh embedded database. */
export async function prepareDatabase(target: DatabaseTarget, options: PrepareOptions): Promise<Database> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const database = await connectDatabase(target);
  try {
    const report = await database.withSession((sql) => migrateDatabase(sql));
    const where = target.kind === "pglite" ? `embedded database at ${target.dataDir}` : "PostgreSQL";
    log(
      `[tandem] ${where}: ${report.applied.length} migration(s) applied, ` +
        `${report.alreadyApplied} already there (${Math.round(performance.now() - started)} ms)`,
    );
    if (options.seedDemoWhenEmpty && target.kind === "pglite" && (await database.prisma.workspace.count()) === 0) {
      const seeded = await seedDemoWorkspace(database.prisma);
      log(`[tandem] seeded the demo workspace "${seeded.workspaceName}" — sign in as ${seeded.adminEmail}`);
      if (options.seedHistoryWithDemo) {
        // A demo without its history still starts: the history is a nicety. Loaded only here, so no other start pays for it.
        // (`npm run cli -- demo-history` adds it to a demo with no conversations; after a partial run, start from an empty data folder.)
        try {
          const { seedDemoHistory } = await import("../demo/seed-demo-history");
          const history = await seedDemoHistory(database.prisma, { log: (level, message) => level === "error" && log(`[tandem] demo history: ${message}`) });
          log(`[tandem] Seeded 30 days of demo conversations (${history.conversations}) in ${history.seconds.toFixed(1)} s`);
        } catch (error) {
          log(`[tandem] could not seed the demo conversations: ${(error as Error).message}`);
        }
      }
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
