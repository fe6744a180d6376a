import { describe, expect, it } from "vitest";
import type { TurnResponse as Turn } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";

const api = setupApi();

async function chat() {
  const started = await api.json<{ sessionId: string; token: string }>("POST", "/api/v1/chat/acme/sessions");
  let n = 0;
  const send = (body: Record<string, unknown>) =>
    api.json<Turn>("POST", `/api/v1/chat/sessions/${started.body.sessionId}/messages`, {
      token: started.body.token,
      body: { clientMessageId: `m${++n}`, ...body },
    });
  return { id: started.body.sessionId, send };
}

describe("escalation on the demo flow, through the public API and the real database", () => {
  it("stores the customer's language on the conversation and answers a frustrated Spanish customer in Spanish", async () => {
    const { id, send } = await chat();
    const turn = await send({ text: "llevo dos horas con esto y nada funciona" });
    expect(turn.status).toBe(200);
    expect(turn.body.messages.at(-1)?.text).toBe("Siento mucho que esto esté siendo frustrante. ¿Quieres hablar con una persona?");
    const conversation = await api.test.db.conversation.findUniqueOrThrow({ where: { id } });
    expect(conversation.language).toBe("es");
  });

  it("a frustrated first message never gets 'say it another way', and its cue reaches the agent's context package", async () => {
    await api.test.db.membership.updateMany({ where: { user: { email: "sam@acme.test" } }, data: { presence: "ONLINE" } });
    const { id, send } = await chat();
    const offer = await send({ text: "you're useless" });
    expect(offer.body.messages.map((m) => m.text).join(" ")).not.toContain("say it another way");
    const accepted = await send({ choice: "yes" });
    expect(accepted.body.handoff?.reason).toBe("sentiment");
    const handoff = await api.test.db.handoff.findFirstOrThrow({ where: { conversationId: id } });
    expect(handoff.context).toMatchObject({ cue: { kind: "insult", text: "useless" }, language: "en" });
  });

  it("a partial knowledge match is not shown as an answer", async () => {
    const { send } = await chat();
    // Classified (order status) but the demo articles only share a word or two with it: no article, on to a person.
    const turn = await send({ text: "is there a student discount on orders" });
    expect(turn.body.messages.some((m) => m.text.startsWith("Here's what I found"))).toBe(false);
  });
});
