import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TurnResponse } from "@/server/conversations/run-turn";
import { setupApi } from "../helpers/api-harness";
import { fuzzOptions } from "../helpers/fuzz-options";

// Properties of the turn service, driven through the chat API with random conversations: a retry with the
// same clientMessageId replays the original answer and stores nothing; `seq` is 1, 2, 3… with no gap or
// repeat; nothing a customer sends is a 5xx. Fixed seed: tests/helpers/fuzz-options.ts.
const api = setupApi();

type Action = { kind: "say"; text: string } | { kind: "choose"; choice: string } | { kind: "handoff" } | { kind: "retry"; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .oneof(
        fc.constantFrom("where is my order", "I forgot my password", "refund please", "talk to a person", "no", "yes", "5", "asdf qwerty"),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0),
      )
      .map((text) => ({ kind: "say" as const, text })),
  },
  { weight: 2, arbitrary: fc.constantFrom("yes", "no", "callback", "nope").map((choice) => ({ kind: "choose" as const, choice })) },
  { weight: 1, arbitrary: fc.constant({ kind: "handoff" as const }) },
  { weight: 3, arbitrary: fc.nat(20).map((pick) => ({ kind: "retry" as const, pick })) },
);

interface Sent {
  id: string;
  body: { clientMessageId: string; text?: string; choice?: string };
  status: number;
  reply: TurnResponse;
}

const ENDED = new Set(["resolved", "abandoned", "callback_scheduled"]);

/** Plays the actions on a new chat; `check(sent, status, reply, chatStatus)` judges every retry. */
async function play(actions: Action[], check: (original: Sent, status: number, reply: TurnResponse, chatStatus: string) => void) {
  const session = (await api.json<{ sessionId: string; token: string }>("POST", "/api/v1/chat/acme/sessions")).body;
  const path = `/api/v1/chat/sessions/${session.sessionId}`;
  const sent: Sent[] = [];
  let chatStatus = "bot";
  for (const [i, step] of actions.entries()) {
    if (step.kind === "handoff") {
      const answer = await api.json<TurnResponse>("POST", `${path}/handoff`, { token: session.token });
      expect(answer.status).toBeLessThan(500);
      if (answer.status === 200) chatStatus = answer.body.status;
      continue;
    }
    if (step.kind === "retry") {
      const original = sent[step.pick % Math.max(1, sent.length)];
      if (!original) continue;
      const rows = await api.test.db.message.count({ where: { conversationId: session.sessionId } });
      const retried = await api.json<TurnResponse>("POST", `${path}/messages`, { token: session.token, body: original.body });
      check(original, retried.status, retried.body, chatStatus);
      expect(await api.test.db.message.count({ where: { conversationId: session.sessionId } }), "a retry stores nothing").toBe(rows);
      continue;
    }
    const id = `m${i}`;
    const body = step.kind === "say" ? { clientMessageId: id, text: step.text } : { clientMessageId: id, choice: step.choice };
    const answer = await api.json<TurnResponse>("POST", `${path}/messages`, { token: session.token, body });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
    if (answer.status === 200) {
      sent.push({ id, body, status: answer.status, reply: answer.body });
      chatStatus = answer.body.status;
    }
  }
  const rows = await api.test.db.message.findMany({
    where: { conversationId: session.sessionId },
    orderBy: { seq: "asc" },
    select: { seq: true, clientMessageId: true },
  });
  expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i + 1));
  const ids = rows.flatMap((row) => (row.clientMessageId ? [row.clientMessageId] : []));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual(sent.map((s) => s.id).sort());
}

/** The replay answers with exactly the original's messages (the same ids, in order), nothing that came later. */
function expectReplayed(original: Sent, status: number, reply: TurnResponse) {
  expect(status, `retry of ${original.id}: ${JSON.stringify(reply)}`).toBe(200);
  expect(reply.messages.map((m) => m.id)).toEqual(original.reply.messages.map((m) => m.id));
}

describe("the turn service, fuzzed", () => {
  it("in any state: a retry replays the original answer and stores nothing; seq has no gap or repeat; never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        await play(actions, (original, status, reply) => expectReplayed(original, status, reply));
      }),
      fuzzOptions(25),
    );
  });

  // Retries after the chat ended (issue #13 item 6: they used to get 409, and an answer lost in a crash was lost for good).
  it("after the chat ended: a retry replays the original answer", async () => {
    const ending: Action[] = [
      { kind: "say", text: "I forgot my password" },
      { kind: "choose", choice: "yes" },
      { kind: "say", text: "5" }, // the rating the end step asks for: the chat is over
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.nat(5).map((pick) => ({ kind: "retry" as const, pick })),
          { minLength: 1, maxLength: 3 },
        ),
        async (retries) => {
          await play([...ending, ...retries], (original, status, reply, chatStatus) => {
            expect(ENDED.has(chatStatus), `the chat ended (${chatStatus})`).toBe(true);
            expectReplayed(original, status, reply);
          });
        },
      ),
      fuzzOptions(5),
    );
  });
});
