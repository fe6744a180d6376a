// The SQL baseline of bench/turns.ts: the app's own checked statements for the bench's
// four-message chat, run by the app's own modules on a Prisma client from the app's
// connectDatabase (so on PostgreSQL: its pool of 10, named prepared statements) — no
// HTTP, no engine, no JSON API. What the engine decided (messages, state, events) is
// recorded once from a real chat through the running server and replayed, with fresh
// ids, into new conversations.
import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";
import type { Database } from "../server/db/connect-database";
import { loadConversation } from "../server/conversations/load-conversation";
import { searchKnowledge } from "../server/conversations/search-knowledge";
import { insertChatSql } from "../server/conversations/sql/insert-chat-sql";
import { saveTurnSql } from "../server/conversations/sql/save-turn-sql";
import { teamAvailability } from "../server/handoff/team-availability";

type Json = string;
interface RecordedMessage {
  author: string;
  text: string;
  payload: unknown;
}
interface RecordedTurn {
  text: string;
  messages: RecordedMessage[]; // the customer's first
  events: Json;
  status: "BOT" | "QUEUED" | "ASSIGNED" | "CALLBACK_SCHEDULED" | "RESOLVED" | "ABANDONED";
  state: Json;
  variables: Json;
  teamId: string | null;
  queued: boolean;
  rating: number | null;
  language: string | null;
}
export interface RecordedChat {
  workspaceId: string;
  flowId: string;
  flowVersionId: string;
  slug: string;
  channel: "WEB" | "WIDGET" | "API";
  start: { state: Json; variables: Json; status: RecordedTurn["status"]; messages: RecordedMessage[]; events: Json };
  turns: RecordedTurn[];
  /** The team the flow's handoff checks (the bench's second message asks for its availability). */
  teamId: string;
}

type Post = (path: string, body?: unknown, token?: string) => Promise<{ sessionId: string; token: string }>;

/** Rows of a query (a pg pool's, or PGlite's once the embedded server has let go of its data folder). */
export type ReadRows = (sql: string, params: unknown[]) => Promise<unknown[]>;

/** The chats a recording reads back: chat k got the script's first k messages (k = 0…n), so its conversation is the state after turn k. */
export interface PostedChats {
  slug: string;
  script: string[];
  sessions: string[];
}

/** Real chats through the server (n + 1 of them, for a script of n messages); read them back with readRecording, now or later. */
export async function postRecordingChats(post: Post, slug: string, script: string[]): Promise<PostedChats> {
  const sessions: string[] = [];
  for (let k = 0; k <= script.length; k++) {
    const session = await post(`/api/v1/chat/${slug}/sessions`, {});
    for (const [i, text] of script.slice(0, k).entries())
      await post(`/api/v1/chat/sessions/${session.sessionId}/messages`, { clientMessageId: `record-${i}`, text }, session.token);
    sessions.push(session.sessionId);
  }
  return { slug, script, sessions };
}

/** One real chat through the server, and what each of its requests wrote, read back from the database. */
export async function recordChat(pool: pg.Pool, post: Post, slug: string, script: string[]): Promise<RecordedChat> {
  const posted = await postRecordingChats(post, slug, script);
  return readRecording(async (sql, params) => (await pool.query(sql, params)).rows, posted);
}

/** What each request of the posted chats wrote, read back from the database. */
export async function readRecording(read: ReadRows, posted: PostedChats): Promise<RecordedChat> {
  const { slug, script, sessions } = posted;
  const one = async <T>(sql: string, params: unknown[]) => (await read(sql, params))[0] as T;
  const all = async <T>(sql: string, params: unknown[]) => (await read(sql, params)) as T[];
  const conversationOf = (id: string) =>
    one<{
      workspaceId: string;
      flowId: string;
      flowVersionId: string;
      channel: RecordedChat["channel"];
      state: unknown;
      variables: unknown;
      status: RecordedTurn["status"];
      teamId: string | null;
      language: string | null;
    }>(`SELECT "workspaceId", "flowId", "flowVersionId", "channel", "state", "variables", "status", "teamId", "language" FROM "Conversation" WHERE "id" = $1`, [
      id,
    ]);
  const messagesOf = (id: string, after: number, through: number) =>
    all<RecordedMessage & { createdAt: Date }>(
      `SELECT "author", "text", "payload", "createdAt" FROM "Message" WHERE "conversationId" = $1 AND "seq" > $2 AND "seq" <= $3 ORDER BY "seq"`,
      [id, after, through],
    );
  const eventsOf = async (id: string, at: Date) =>
    JSON.stringify(await all(`SELECT "nodeId", "type", "data" FROM "Event" WHERE "conversationId" = $1 AND "createdAt" = $2 ORDER BY "id"`, [id, at]));

  const id = sessions[script.length]!;
  const started = await conversationOf(sessions[0]!);
  const startMessages = await messagesOf(sessions[0]!, 0, 1e9);
  const start = {
    state: JSON.stringify(started.state),
    variables: JSON.stringify(started.variables),
    status: started.status,
    messages: startMessages.map(({ author, text, payload }) => ({ author, text, payload })),
    events: await eventsOf(sessions[0]!, startMessages[0]!.createdAt),
  };
  const turns: RecordedTurn[] = [];
  for (const [i, text] of script.entries()) {
    const key = `record-${i}`;
    const request = await one<{ afterSeq: number; throughSeq: number; handoffId: string | null }>(
      `SELECT "afterSeq", "throughSeq", "handoffId" FROM "ChatRequest" WHERE "conversationId" = $1 AND "kind" = 'message' AND "key" = $2`,
      [id, key],
    );
    const messages = await messagesOf(id, request.afterSeq, request.throughSeq);
    const events = await eventsOf(id, messages[0]!.createdAt);
    const after = await conversationOf(sessions[i + 1]!);
    const rated = (JSON.parse(events) as { type: string; data: { rating?: number } | null }[]).find((e) => e.type === "conversation.rated");
    turns.push({
      text,
      messages: messages.map(({ author, text, payload }) => ({ author, text, payload })),
      events,
      status: after.status,
      state: JSON.stringify(after.state),
      variables: JSON.stringify(after.variables),
      teamId: after.teamId,
      queued: request.handoffId !== null,
      rating: rated?.data?.rating ?? null,
      language: after.language,
    });
  }
  const team = await one<{ id: string }>(`SELECT "id" FROM "Team" WHERE "workspaceId" = $1 ORDER BY "createdAt" LIMIT 1`, [started.workspaceId]);
  return { ...started, slug, start, turns, teamId: team.id };
}

/** One chat as the app's statements write it: insert_chat, then per message load_conversation (+ its extra reads) and save_turn. */
async function replayChat(db: Database, chat: RecordedChat, onTurn: (ms: number) => void, stop: () => boolean, thinkMs: () => number = () => 0) {
  const prisma = db.prisma;
  const id = randomUUID();
  const now = () => new Date().toISOString();
  const [inserted] = await insertChatSql.query(
    prisma,
    id,
    chat.workspaceId,
    chat.flowId,
    chat.flowVersionId,
    chat.channel,
    createHash("sha256").update(randomUUID()).digest("hex"),
    chat.start.state,
    chat.start.variables,
    chat.start.status,
    chat.start.messages.length,
    now(),
    JSON.stringify(chat.start.messages.map((m, i) => ({ id: randomUUID(), seq: i + 1, text: m.text, payload: m.payload }))),
    chat.start.events,
    null,
    null,
    null,
    chat.slug,
  );
  if (!inserted?.created) throw new Error("baseline: insert_chat inserted nothing");
  for (const [i, turn] of chat.turns.entries()) {
    const think = thinkMs();
    if (think > 0) await new Promise((resolve) => setTimeout(resolve, think));
    if (stop()) return;
    const started = performance.now();
    const key = `m${i}`;
    const conversation = await loadConversation(prisma, id, { kind: "message", key });
    if (!conversation || conversation.request?.earlier) throw new Error("baseline: load_conversation found no fresh conversation");
    // The bench script's extra reads (tests/integration/turn-statements.test.ts pins where they happen).
    if (i === 0) await searchKnowledge(prisma, chat.workspaceId, turn.text, { limit: 2, articleIds: [] });
    if (i === 1) await teamAvailability(prisma, chat.workspaceId, chat.teamId, new Date());
    const rows = turn.messages.map((m, j) => ({
      id: randomUUID(),
      seq: conversation.lastSeq + j + 1,
      author: m.author,
      text: m.text,
      payload: m.payload,
      clientMessageId: j === 0 ? key : null,
    }));
    const [saved] = await saveTurnSql.query(
      prisma,
      id,
      conversation.version,
      conversation.lastSeq + rows.length,
      turn.status,
      turn.state,
      turn.variables,
      turn.teamId,
      turn.queued,
      now(),
      turn.rating,
      turn.status === "RESOLVED" || turn.status === "CALLBACK_SCHEDULED",
      JSON.stringify(rows),
      "[]",
      "[]",
      turn.events,
      chat.workspaceId,
      chat.flowId,
      chat.flowVersionId,
      true,
      "message",
      key,
      conversation.lastSeq,
      turn.language,
      true,
    );
    if (!saved?.updated) throw new Error("baseline: save_turn saved nothing");
    onTurn(performance.now() - started);
  }
}

/** Turns per second of `concurrency` customers replaying the recorded chat through the app's statements, over `seconds`. */
export async function appStatementsBaseline(db: Database, chat: RecordedChat, concurrency: number, seconds: number): Promise<number> {
  if (chat.turns.some((turn) => turn.queued)) throw new Error("baseline: the recorded chat queued a handoff; replaying one is not supported");
  // Deadlines, not timers: PGlite answers synchronously (WASM) from promises that never wait on I/O, so a timer would never get to run.
  const warmUntil = performance.now() + 1000; // warm: prepare the statements on each connection
  const until = warmUntil + seconds * 1000;
  let count = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (performance.now() < until)
      await replayChat(
        db,
        chat,
        () => {
          const now = performance.now();
          if (now >= warmUntil && now < until) count++;
        },
        () => performance.now() >= until,
      );
  });
  await Promise.all(workers);
  return count / seconds;
}

/**
 * The same replay at an offered rate instead of flat out: `customers` customers, each
 * sending its next turn 0.8–1.2 s after the previous one (as the HTTP open loop does), for
 * `seconds` after a 3 s start. The latency of a turn's statements (load, its extra read,
 * save) at that rate: the floor under the app's open-loop latency on the same machine, in
 * the same run.
 */
export async function appStatementsOpenLoop<S = null>(db: Database, chat: RecordedChat, customers: number, seconds: number, sample: () => S = () => null as S) {
  const latencies: number[] = [];
  let measuring = false;
  let stopped = false;
  const workers = Array.from({ length: customers }, async (_, i) => {
    await new Promise((resolve) => setTimeout(resolve, (i * 1000) / customers));
    while (!stopped)
      await replayChat(
        db,
        chat,
        (ms) => measuring && latencies.push(ms),
        () => stopped,
        () => 800 + Math.random() * 400,
      );
  });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  measuring = true;
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = sample();
  measuring = false;
  stopped = true;
  await Promise.all(workers);
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) ?? NaN, rate: latencies.length / seconds, latencies, before, after };
}
