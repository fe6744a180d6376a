// npm run bench:agent-reply — the agent's reply statement (server/handoff/append-agent-reply.ts) now also
// marks replies to e-mail follow-ups for an e-mail copy (a CASE on the conversation's followUpEmail). This
// times it against the statement as it was before (BASELINE below), alternating rounds in one run, on
// PostgreSQL (BENCH_DATABASE_URL) and PGlite: median per reply and the ratio new/baseline.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { connectDatabase, type Database } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";
import { appendAgentReply } from "../server/handoff/append-agent-reply";
import type { Agent } from "../server/handoff/agent-scope";
import { seedDemoWorkspace } from "../prisma/seed";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://tandem_ci:tandem_ci@127.0.0.1:5432/postgres";
const CONVERSATIONS = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 400);

/** The statement before e-mail follow-ups (main at ededa22), the baseline. */
const BASELINE = `WITH upd AS (
       UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "version" = "version" + 1, "updatedAt" = $5::timestamptz AT TIME ZONE 'UTC',
         "firstAgentReplyAt" = COALESCE("firstAgentReplyAt", $5::timestamptz AT TIME ZONE 'UTC')
       WHERE "id" = $1 AND "workspaceId" = $2 AND "assigneeId" = $3 AND "status" = 'ASSIGNED'
       RETURNING "id", "lastSeq"
     ), msg AS (
       INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "payload", "agentId", "createdAt")
       SELECT $6, upd."id", upd."lastSeq", 'AGENT', $4, $7::jsonb, $3, $5::timestamptz AT TIME ZONE 'UTC' FROM upd
       RETURNING "seq"
     ), ho AS (
       UPDATE "Handoff" SET "firstReplyAt" = $5::timestamptz AT TIME ZONE 'UTC'
       WHERE "conversationId" = (SELECT "id" FROM upd) AND "acceptedAt" IS NOT NULL AND "firstReplyAt" IS NULL AND "outcome" IS NULL
       RETURNING 1
     ), nt AS (
       SELECT pg_notify('tandem_conversation', upd."id" || ':' || upd."lastSeq") FROM upd WHERE $8::boolean
     )
     SELECT msg."seq", (SELECT count(*) FROM nt) AS "notified", (SELECT count(*) FROM ho) AS "stamped" FROM msg`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function prepare(database: Database) {
  await database.withSession((sql) => migrateDatabase(sql));
  const db = database.prisma;
  await seedDemoWorkspace(db);
  const user = await db.user.findUniqueOrThrow({ where: { email: "sam@acme.test" } });
  const membership = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
  const version = await db.flowVersion.findFirstOrThrow({ select: { id: true, flowId: true } });
  const agent: Agent = { userId: user.id, name: user.name, role: "AGENT", workspaceId: membership.workspaceId, membershipId: membership.id };
  const ids = Array.from({ length: CONVERSATIONS }, () => randomUUID());
  await db.conversation.createMany({
    data: ids.map((id) => ({
      id,
      workspaceId: agent.workspaceId,
      flowId: version.flowId,
      flowVersionId: version.id,
      status: "ASSIGNED" as const,
      assigneeId: agent.userId,
      customerTokenHash: randomUUID(),
    })),
  });
  return { db, agent, ids };
}

async function measure(kind: "postgres" | "pglite") {
  let database: Database;
  let drop = async () => {};
  if (kind === "postgres") {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS tandem_bench_agent_reply WITH (FORCE)");
    await admin.query("CREATE DATABASE tandem_bench_agent_reply");
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = "/tandem_bench_agent_reply";
    database = await connectDatabase({ kind: "postgres", url: url.toString() });
    drop = async () => {
      const again = new pg.Client({ connectionString: PG_URL });
      await again.connect();
      await again.query("DROP DATABASE IF EXISTS tandem_bench_agent_reply WITH (FORCE)");
      await again.end();
    };
  } else {
    database = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
  }
  try {
    const { db, agent, ids } = await prepare(database);
    const variants = {
      baseline: (id: string, i: number) =>
        db.$queryRawUnsafe(
          BASELINE,
          id,
          agent.workspaceId,
          agent.userId,
          `reply ${i}`,
          new Date().toISOString(),
          randomUUID(),
          JSON.stringify({ agentName: agent.name }),
          false,
        ),
      current: (id: string, i: number) => appendAgentReply(db, agent, id, `reply ${i}`, new Date(), false),
    };
    const times: Record<keyof typeof variants, number[]> = { baseline: [], current: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (["baseline", "current"] as const) : (["current", "baseline"] as const);
      for (const name of order) {
        for (let i = 0; i < PER_ROUND; i++) {
          const start = performance.now();
          await variants[name](ids[i % ids.length]!, i);
          times[name].push(performance.now() - start);
        }
      }
    }
    const base = median(times.baseline);
    const now = median(times.current);
    console.log(
      `${kind.padEnd(8)} baseline median ${base.toFixed(3)} ms · current median ${now.toFixed(3)} ms · ratio ${(now / base).toFixed(2)} (n=${times.current.length} each)`,
    );
  } finally {
    await database.close();
    await drop();
  }
}

await measure("postgres");
await measure("pglite");
