import { PGlite } from "@electric-sql/pglite";
import { migrateDatabase, readMigrations } from "./server/db/migrate-database";
const m = readMigrations();
let t = performance.now();
const a = new PGlite("memory://"); await a.waitReady;
console.log("create", performance.now() - t); t = performance.now();
await migrateDatabase({ exec: async (s) => { await a.exec(s) }, query: async (s, p) => (await a.query(s, p)).rows as any }, m);
console.log("migrate", performance.now() - t); t = performance.now();
const dump = await a.dumpDataDir("none");
console.log("dump", performance.now() - t, dump.size); t = performance.now();
const b = new PGlite({ loadDataDir: dump }); await b.waitReady;
console.log("load", performance.now() - t); t = performance.now();
console.log((await b.query(`select count(*) from "_prisma_migrations"`)).rows);
for (let i = 0; i < 3; i++) { t = performance.now(); const c = new PGlite({ loadDataDir: dump }); await c.waitReady; console.log("load", performance.now() - t); }
t = performance.now(); const d = await (a as any).clone?.(); console.log("clone", performance.now() - t, !!d);
