import type { EngineState, HandoffReason, Waiting } from "./engine-state";

export type { HandoffReason } from "./engine-state";

/** What happened since the last turn. */
export type TurnInput =
  | { kind: "start" }
  | { kind: "message"; text: string }
  | { kind: "choice"; choiceId: string }
  /** The always-visible "Talk to a person" button. */
  | { kind: "handoff_button" }
  /** The human side is done: the agent resolved it, or nobody took it in time. */
  | { kind: "human_finished"; outcome: "resolved" | "no_agent" }
  /** An agent hands the conversation back to the bot at a node. */
  | { kind: "hand_back"; nodeId: string };

export interface Choice {
  id: string;
  label: string;
}

export interface BotMessage {
  text: string;
  nodeId: string | null;
  choices?: Choice[];
  /** How the chat should render the input: email keyboard, date picker… */
  inputKind?: string;
  articles?: { id: string; title: string; body: string }[];
}

/** Why a handoff found nobody (recorded on the trigger event as `noAgent`). */
export type NoAgentCause = "closed" | "nobody_online" | "unknown_team" | "no_team";

/** What the agent sees first. */
export interface ContextPackage {
  summary: string;
  reason: HandoffReason;
  intent: { name: string; confidence: number } | null;
  sentimentTrend: number[];
  tried: { articles: { id: string; title: string }[]; rephrases: number };
  variables: Record<string, unknown>;
  lastMessages: string[];
  requestedAt: string;
  /** The frustration or urgency cue behind a "sentiment" escalation. */
  cue: { kind: string; text: string } | null;
  /** The customer's language (ISO 639-1), when detected. */
  language: string | null;
}

export type Effect =
  | {
      type: "handoff";
      kind: "WARM" | "COLD";
      reason: HandoffReason;
      teamId: string;
      nodeId: string;
      /** For a warm handoff: posted (with {{agent_name}} filled) when an agent accepts. */
      introduction: string | null;
      context: ContextPackage;
    }
  /**
   * A handoff found nobody — the team closed, nobody online, the team unknown or not set — and took its no_agent exit.
   * Still an escalation: the turn records it as a handoff that ended at once (outcome NO_AGENT), never queued.
   */
  | { type: "no_agent"; kind: "WARM" | "COLD"; reason: HandoffReason; teamId: string | null; nodeId: string; cause: NoAgentCause; context: ContextPackage }
  | { type: "callback"; teamId: string; nodeId: string; phone: string; dueAt: string; timeZone: string }
  | { type: "rating"; value: number }
  /** The customer typed their e-mail at an Ask step of kind email: the conversation can join that contact. */
  | { type: "email_given"; email: string }
  | { type: "ended" };

export interface TurnEvent {
  type: "node_visit" | "trigger" | "step_budget_exceeded" | "dead_end" | "unrecognised";
  nodeId?: string;
  data?: Record<string, unknown>;
}

export interface TurnResult {
  state: EngineState;
  messages: BotMessage[];
  effects: Effect[];
  events: TurnEvent[];
}

/** What a customer reply is, once a button press is resolved to its label. */
export interface CustomerAnswer {
  text: string;
  choiceId: string | null;
}

/** What an executor tells the walker to do next. */
export type Step = { port: string } | { wait: Waiting } | { stop: "human" | "ended" };
