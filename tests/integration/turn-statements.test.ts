import { beforeEach, describe, expect, it } from "vitest";
import type { StartedChat as Started } from "@/server/conversations/start-chat";
import type { TurnResponse as TurnBody } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";
import { countStatements } from "../helpers/count-statements";

// The database round trips of a customer message are the hot path's cost
// (one syscall and one wait each): this keeps their number from growing back.

const api = setupApi();
let log: string[] = [];

beforeEach(() => {
  const counted = countStatements(api.test.database);
  api.runtime.db = counted.prisma;
  log = counted.log;
});

async function start() {
  const response = await api.json<Started>("POST", "/api/v1/chat/acme/sessions");
  expect(response.status).toBe(201);
  return response.body;
}

/** Sends a message and returns the SQL of every round trip it made. */
async function statementsOf(session: Started, body: unknown): Promise<{ body: TurnBody; sql: string[] }> {
  log.length = 0;
  const reply = await api.json<TurnBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body });
  expect(reply.status).toBe(200);
  return { body: reply.body, sql: [...log] };
}

const firstWords = (sql: string[]) => sql.map((text) => text.replace(/\s+/g, " ").slice(0, 60));

describe("statements of a customer message", () => {
  it("the bench script", async () => {
    const session = await start();
    for (const [i, text] of ["where is my order", "no", "no thanks", "5"].entries()) {
      const turn = await statementsOf(session, { clientMessageId: `m${i}`, text });
      console.log(text, turn.sql.length, firstWords(turn.sql));
    }
    const replay = await statementsOf(session, { clientMessageId: "m0", text: "where is my order" });
    console.log("replay", replay.sql.length, firstWords(replay.sql));
  });
});
