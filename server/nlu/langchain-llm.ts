import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import type { KnowledgeArticle, LlmPort } from "../engine/ports";

export interface LlmConfig {
  provider: "openai" | "ollama";
  model?: string | undefined;
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  timeoutMs: number;
}

const NO_ANSWER = "NO_ANSWER";

/** A LangChain chat model for the configured provider (an OpenAI-compatible base URL works for "openai"). */
export function createChatModel(config: LlmConfig): BaseChatModel {
  if (config.provider === "ollama") {
    return new ChatOllama({ model: config.model ?? "llama3.2", baseUrl: config.baseUrl ?? "http://127.0.0.1:11434", temperature: 0.2 });
  }
  return new ChatOpenAI({
    model: config.model ?? "gpt-4o-mini",
    apiKey: config.apiKey ?? "not-needed",
    configuration: config.baseUrl ? { baseURL: config.baseUrl } : undefined,
    temperature: 0.2,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
}

/**
 * The LLM behind the engine's LlmPort. Every call has a deadline; any error,
 * timeout or empty answer returns null, and the engine falls back to its
 * embedded behaviour — the bot never waits on, or breaks with, the provider.
 */
export class LangchainLlm implements LlmPort {
  constructor(
    private readonly model: BaseChatModel,
    private readonly timeoutMs: number,
    private readonly log: (message: string) => void = () => {},
  ) {}

  clarify(message: string, intents: string[]) {
    return this.ask(
      "You are a customer-support assistant. The customer's message was unclear. Ask ONE short, friendly clarifying question " +
        `that helps decide between these topics: ${intents.join(", ")}. Reply with the question only.`,
      message,
    );
  }

  async answer(question: string, articles: KnowledgeArticle[]) {
    const sources = articles.map((article, i) => `[${i + 1}] ${article.title}\n${article.body}`).join("\n\n");
    const answer = await this.ask(
      "You are a customer-support assistant. Answer the customer's question using ONLY the articles below, in at most four sentences. " +
        `If they do not answer it, reply exactly ${NO_ANSWER}.\n\n${sources}`,
      question,
    );
    return answer && !answer.includes(NO_ANSWER) ? answer : null;
  }

  summarize(customerMessages: string[], facts: { intent: string | null; reason: string }) {
    return this.ask(
      "Summarise this support conversation for the human agent taking over, in two sentences: what the customer needs and what they already said. " +
        `Detected topic: ${facts.intent ?? "unknown"}. Escalation reason: ${facts.reason}.`,
      customerMessages.map((m) => `Customer: ${m}`).join("\n"),
    );
  }

  private async ask(system: string, user: string): Promise<string | null> {
    try {
      const reply = await this.model.invoke([new SystemMessage(system), new HumanMessage(user.slice(0, 4000))], {
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = typeof reply.content === "string" ? reply.content : reply.content.map((part) => ("text" in part ? part.text : "")).join("");
      return text.trim().slice(0, 2000) || null;
    } catch (error) {
      this.log(`LLM call failed, using the embedded behaviour: ${(error as Error).message}`);
      return null;
    }
  }
}
