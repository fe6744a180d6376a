import { afterEach, describe, expect, it } from "vitest";
import { initialEngineState } from "@/server/engine/engine-state";
import { turn } from "@/server/engine/turn";
import { createChatModel, LangchainLlm } from "@/server/nlu/langchain-llm";
import { fakePorts } from "../helpers/fake-ports";
import { buildFlow } from "../helpers/flow-builder";
import { startMockOpenAi, type MockOpenAi } from "../helpers/mock-openai-server";

let provider: MockOpenAi | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

const llmFor = (mock: MockOpenAi, timeoutMs = 2000) =>
  new LangchainLlm(createChatModel({ provider: "openai", baseUrl: mock.baseUrl, model: "test-model", apiKey: "test", timeoutMs }), timeoutMs);

describe("LLM provider through LangChain (mock OpenAI-compatible server over local HTTP)", () => {
  it("asks clarifying questions, answers from articles only, and summarises", async () => {
    provider = await startMockOpenAi((system) =>
      system.includes("clarifying")
        ? { content: "Is this about an order you placed, or about your account?" }
        : system.includes("ONLY the articles")
          ? { content: "Use “Forgot password” on the sign-in page [1]." }
          : { content: "Customer cannot sign in and wants a reset." },
    );
    const llm = llmFor(provider);
    expect(await llm.clarify("the thing is broken", ["Order status", "Password reset"])).toBe("Is this about an order you placed, or about your account?");
    expect(provider.requests[0]!.system).toContain("Order status, Password reset");
    expect(await llm.answer("forgot password", [{ id: "a", title: "How to reset your password", body: "Choose Forgot password." }])).toContain(
      "Forgot password",
    );
    expect(provider.requests[1]!.system).toContain("How to reset your password");
    expect(await llm.summarize(["I can't sign in"], { intent: "Password reset", reason: "button" })).toBe("Customer cannot sign in and wants a reset.");
  });

  it("falls back (null) when the provider fails, times out, or has no grounded answer", async () => {
    provider = await startMockOpenAi((system) =>
      system.includes("clarifying") ? { status: 500 } : system.includes("ONLY the articles") ? { content: "NO_ANSWER" } : { content: "late", delayMs: 1500 },
    );
    const llm = llmFor(provider, 300);
    expect(await llm.clarify("hmm", ["A"])).toBeNull();
    expect(await llm.answer("what is the meaning of life", [{ id: "a", title: "Refunds", body: "…" }])).toBeNull();
    const started = performance.now();
    expect(await llm.summarize(["hello"], { intent: null, reason: "button" })).toBeNull();
    expect(performance.now() - started).toBeLessThan(1400);
  });

  it("the rephrase node uses the clarifying question, and the embedded text when the provider is down", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "u", type: "understand", data: { intents: [{ id: "pw", name: "Password reset", examples: ["reset my password", "forgot my password"] }] } },
        { id: "r", type: "rephrase" },
        { id: "e", type: "end", data: { askRating: false } },
      ],
      [
        ["s", "next", "u"],
        ["u", "pw", "e"],
        ["u", "low_confidence", "r"],
        ["r", "understood", "e"],
        ["r", "still_unclear", "e"],
      ],
    );
    provider = await startMockOpenAi(() => ({ content: "Do you mean signing in to your account?" }));
    const run = async (llm: LangchainLlm) => {
      const ports = { ...fakePorts(), llm };
      const first = await turn(flow, initialEngineState(), { kind: "start" }, ports);
      return (await turn(flow, first.state, { kind: "message", text: "blorp zzz" }, ports)).messages.map((m) => m.text);
    };
    expect(await run(llmFor(provider))).toEqual(["Do you mean signing in to your account?"]);
    await provider.close();
    expect(await run(llmFor(provider, 500))).toEqual(["Sorry, I didn't quite get that. Could you say it another way?"]);
  });
});
