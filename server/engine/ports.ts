/**
 * Everything the engine needs from the world comes through these ports, so
 * a turn is deterministic given them (and tests use fakes).
 */

export interface IntentDefinition {
  id: string;
  name: string;
  examples: string[];
}

export interface Classification {
  /** The intent id, or null when nothing fits (the None class won). */
  intentId: string | null;
  confidence: number;
}

export interface NluPort {
  /** Classifies text against a set of intents (trained once per flow version). */
  classify(text: string, intents: IntentDefinition[]): Promise<Classification>;
  /** "I want a person" (human) or "call me back" (callback), in many phrasings; null otherwise. */
  detectHumanRequest(text: string): "human" | "callback" | null;
  /** From -1 (furious) to 1 (delighted). */
  sentiment(text: string): Promise<number>;
  /** A few sentences a human agent reads first. */
  summarize(customerMessages: string[], facts: { intent: string | null; reason: string }): Promise<string>;
}

export interface LlmPort {
  /** A clarifying question for a message the bot did not understand; null falls back to the node's text. */
  clarify(message: string, intents: string[]): Promise<string | null>;
  /** An answer grounded in the given articles; null falls back to showing them. */
  answer(question: string, articles: KnowledgeArticle[]): Promise<string | null>;
  /** An abstractive summary for the agent; null falls back to the extractive one. */
  summarize(customerMessages: string[], facts: { intent: string | null; reason: string }): Promise<string | null>;
}

export interface KnowledgeArticle {
  id: string;
  title: string;
  body: string;
}

export interface KnowledgePort {
  search(query: string, options: { limit: number; articleIds: string[] }): Promise<KnowledgeArticle[]>;
}

export interface TeamAvailability {
  name: string;
  /** Inside business hours (and not a holiday). */
  open: boolean;
  /**
   * Agents of the team who are online, busy or not: with one, a handoff
   * queues (and waits up to the team's max wait for room); with none, it
   * takes no_agent at once.
   */
  agentsOnline: number;
  timeZone: string;
}

export interface AvailabilityPort {
  team(teamId: string): Promise<TeamAvailability | null>;
  /** The next callback slots inside the team's business hours. */
  callbackSlots(teamId: string, count: number): Promise<{ startsAt: Date; label: string }[]>;
}

export interface HttpPort {
  request(input: { method: string; url: string; headers: Record<string, string>; body?: string; timeoutMs: number }): Promise<{
    ok: boolean;
    status: number;
    json: unknown;
  }>;
}

export interface EnginePorts {
  nlu: NluPort;
  llm: LlmPort | null;
  knowledge: KnowledgePort;
  availability: AvailabilityPort;
  http: HttpPort;
  clock: { now(): Date };
  ids: { next(): string };
  log: (level: "info" | "error", message: string, data?: Record<string, unknown>) => void;
}
