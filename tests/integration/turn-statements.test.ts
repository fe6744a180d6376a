import { beforeEach, describe, expect, it } from "vitest";
import type { StartedChat as Started } from "@/server/conversations/start-chat";
import { insertChatSql } from "@/server/conversations/sql/insert-chat-sql";
import { loadConversationSql } from "@/server/conversations/sql/load-conversation-sql";
import { saveTurnSql } from "@/server/conversations/sql/save-turn-sql";
import { findPublishedFlowSql } from "@/server/conversations/sql/find-published-flow-sql";
import { teamAvailabilitySql } from "@/server/handoff/sql/team-availability-sql";
import type { TurnResponse as TurnBody } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";
import { countStatements } from "../helpers/count-statements";

// The database round trips of the chat API are its hot path's cost (a write,
// a wake-up of the server and a wait each): these counts keep them from
// growing back. Counted at the driver, on a client logging every statement.

const api = setupApi();
let log: string[] = [];

beforeEach(() => {
  const counted = countStatements(api.test.database);
  api.runtime.db = counted.prisma;
  log = counted.log;
});

/** What `fn` sent to the database, one entry per round trip: a checked statement by its name, anything else by its first words. */
async function statementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  log.length = 0;
  const result = await fn();
  const named = [loadConversationSql, saveTurnSql, insertChatSql, findPublishedFlowSql, teamAvailabilitySql];
  const sql = log.map((text) => named.find((statement) => statement.text.trim() === text)?.name ?? text.replace(/\s+/g, " ").slice(0, 50));
  return { result, sql };
}

async function start() {
  const response = await api.json<Started>("POST", "/api/v1/chat/acme/sessions");
  expect(response.status).toBe(201);
  return response.body;
}

const send = (session: Started, body: unknown) =>
  statementsOf(async () => {
    const reply = await api.json<TurnBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body });
    expect(reply.status).toBe(200);
    return reply.body;
  });

describe("round trips of the chat API", () => {
  it("a plain message turn is two: the conversation with the key's earlier request, and the save", async () => {
    const session = await start();
    await send(session, { clientMessageId: "m1", text: "where is my order" });
    await send(session, { clientMessageId: "m2", text: "no" });
    const plain = await send(session, { clientMessageId: "m3", text: "no thanks" });
    expect(plain.result.messages.length).toBeGreaterThan(0);
    expect(plain.sql).toEqual(["load_conversation", "save_turn"]);
  });

  it("the bench's script: a knowledge search and a team check are the only extra ones", async () => {
    const session = await start();
    const counts: string[][] = [];
    for (const [i, text] of ["where is my order", "no", "no thanks", "5"].entries()) {
      counts.push((await send(session, { clientMessageId: `m${i}`, text })).sql);
    }
    expect(counts).toEqual([
      ["load_conversation", expect.stringMatching(/^SELECT "id", "title", "body", ts_rank_cd/), "save_turn"],
      ["load_conversation", "team_availability", "save_turn"],
      ["load_conversation", "save_turn"],
      ["load_conversation", "save_turn"],
    ]);
  });

  it("a retried clientMessageId is two, writes nothing, and answers as the first time", async () => {
    const session = await start();
    const first = await send(session, { clientMessageId: "m1", text: "where is my order" });
    const retry = await send(session, { clientMessageId: "m1", text: "where is my order" });
    expect(retry.result).toEqual(first.result);
    expect(retry.sql).toEqual(["load_conversation", expect.stringMatching(/^SELECT "public"."Message"/)]);
  });

  it("a new chat is one statement once the address's live version is known, and moves to a newly published version", async () => {
    await start();
    const again = await statementsOf(start);
    expect(again.sql).toEqual(["insert_chat"]);

    // Publish a new version behind the process's back: the remembered one no longer inserts, the live one is looked up.
    const flow = await api.test.db.flow.findUniqueOrThrow({ where: { slug: "acme" }, include: { publishedVersion: true } });
    const live = flow.publishedVersion!;
    const next = await api.test.db.flowVersion.create({ data: { flowId: flow.id, number: live.number + 1, document: live.document ?? {} } });
    await api.test.db.flow.update({ where: { id: flow.id }, data: { publishedVersionId: next.id } });
    const moved = await statementsOf(start);
    expect(moved.sql[0]).toBe("insert_chat");
    expect(moved.sql).toContain("find_published_flow");
    expect(moved.sql.at(-1)).toBe("insert_chat");
    const conversation = await api.test.db.conversation.findUniqueOrThrow({ where: { id: moved.result.sessionId } });
    expect(conversation.flowVersionId).toBe(next.id);
    expect(await api.test.db.conversation.count()).toBe(3);

    // Archived: no chat starts, even though the address was remembered.
    await api.test.db.flow.update({ where: { id: flow.id }, data: { archivedAt: new Date() } });
    const refused = await api.json<{ error: { code: string } }>("POST", "/api/v1/chat/acme/sessions");
    expect(refused.status).toBe(404);
    expect(await api.test.db.conversation.count()).toBe(3);
  });
});
