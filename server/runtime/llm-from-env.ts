import "server-only";
import type { LlmPort } from "../engine/ports";
import { env } from "../env";

/** The configured LLM; LangChain and the provider's SDK are loaded only when one is (13 MB of heap). */
export async function llmFromEnv(): Promise<LlmPort | null> {
  const { LLM_PROVIDER, LLM_MODEL, LLM_BASE_URL, LLM_API_KEY, LLM_TIMEOUT_MS } = env();
  if (LLM_PROVIDER === "none") return null;
  const { createChatModel, LangchainLlm } = await import("../nlu/langchain-llm");
  const config = { provider: LLM_PROVIDER, model: LLM_MODEL, baseUrl: LLM_BASE_URL, apiKey: LLM_API_KEY, timeoutMs: LLM_TIMEOUT_MS };
  return new LangchainLlm(createChatModel(config), LLM_TIMEOUT_MS, (message) => console.error(`[llm] ${message}`));
}
