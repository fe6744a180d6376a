/**
 * Everything the engine needs from the world comes through these ports, so
 * a turn is deterministic given them (and tests use fakes).
 */

export interface IntentDefinition {
  id: string;
  name: string;
  examples: string[];
  /** Example phrases per language ("es"), used for customers writing in it. */
  translations?: { language: string; examples: string[] }[];
}

export interface Classification {
  /** The intent id, or null when nothing fits (the None class won). */
  intentId: string | null;
  confidence: number;
}

/** A cue that a message is frustrated or urgent: its kind ("giving_up", "urgency"…) and the words that matched. */
export interface FrustrationCue {
  kind: string;
  text: string;
}

export interface FrustrationSignal {
  /** 0 calm … 1 clearly upset: 0.5 or more is a frustrated message, 0.2 a weak sign that counts when the mood is already sinking. */
  score: number;
  /** The customer needs it fixed now ("urgent", "blocking our launch", "hacked"). */
  urgent: boolean;
  /** What was found, strongest first. */
  cues: FrustrationCue[];
}

export interface NluPort {
  /** Classifies text against a set of intents (trained once per flow version and language); `language` picks the intents' examples in it. */
  classify(text: string, intents: IntentDefinition[], language?: string | null): Promise<Classification>;
  /** "I want a person" (human) or "call me back" (callback), in many phrasings; null otherwise. */
  detectHumanRequest(text: string): "human" | "callback" | null;
  /** From -1 (furious) to 1 (delighted). */
  sentiment(text: string): Promise<number>;
  /** Frustration and urgency cues, in any of the supported languages (`language` as detectLanguage gave it, for the English tone). */
  detectFrustration(text: string, language: string | null): FrustrationSignal;
  /** The message's language as an ISO 639-1 code ("es"), or null when it is too short to tell. */
  detectLanguage(text: string): string | null;
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
  /** How well it matches the query, 0 … 1 (a knowledge port that cannot tell leaves it out: taken as a full match). */
  relevance?: number;
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
