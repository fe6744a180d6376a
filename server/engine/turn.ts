import { definitionOf, FlowGraph } from "../flow/flow-graph";
import type { FlowDocument, FlowNode } from "../flow/schema";
import { checkTriggers, UNDERSTANDING_STEPS, type MessageSignals } from "./check-triggers";
import { initialEngineState, type EngineState, type Waiting } from "./engine-state";
import { escalationWords } from "./escalation-words";
import type { Executor } from "./executor";
import { executors } from "./executors";
import { interpretYesNo, yesNoChoices } from "./interpret-yes-no";
import { FRUSTRATED, LOWERED_BAR, type MoodCue } from "./judge-mood";
import type { EnginePorts } from "./ports";
import { TurnContext, type TeamProfile } from "./turn-context";
import type { CustomerAnswer, HandoffReason, Step, TurnInput, TurnResult } from "./turn-types";

/** Node visits allowed in one turn: a bad graph ends the turn instead of spinning. */
export const STEP_BUDGET = 64;
const RECENT = 10;

export interface TurnOptions {
  /** Team id → name, for {{team_name}}. */
  teamNames?: Record<string, string>;
  /** Team id → languages and skills, for Route steps that prefer a team speaking the customer's language. */
  teamProfiles?: Record<string, TeamProfile>;
}

/**
 * Runs one turn of a conversation: from what just happened (`input`) to the
 * point where the flow needs the customer or a person again. Pure given its
 * ports: the same flow, state, input and port answers give the same result.
 */
export async function turn(flow: FlowDocument, previous: EngineState, input: TurnInput, ports: EnginePorts, options: TurnOptions = {}): Promise<TurnResult> {
  // A start begins afresh but for the variables it was given (what the host site said of the customer).
  const state = input.kind === "start" ? { ...initialEngineState(), variables: structuredClone(previous.variables) } : structuredClone(previous);
  const ctx = new TurnContext(flow, new FlowGraph(flow), state, ports, options.teamNames ?? {}, options.teamProfiles ?? {});
  const walker = new Walker(ctx);

  switch (input.kind) {
    case "start": {
      const start = ctx.graph.start();
      if (start) await walker.walk(start);
      break;
    }
    case "handoff_button":
      // Recorded like the other triggers, at the step the customer was on, so the canvas shows where people pressed it.
      if (state.status === "bot") ctx.events.push({ type: "trigger", nodeId: state.waiting?.nodeId, data: { reason: "button" } });
      if (state.status === "bot") await walker.escalate("button", flow.settings.escalation.explicitRequest.targetNodeId, false);
      break;
    case "message":
    case "choice":
      if (state.status === "bot" && state.waiting) await handleReply(ctx, walker, input);
      break;
    case "human_finished": {
      if (state.status !== "human") break;
      const waitingAt = state.waiting && ctx.graph.node(state.waiting.nodeId);
      // With no handoff step to continue from (an e-mail follow-up left when nobody was free), the person's part ends the chat.
      if (!waitingAt) {
        walker.end();
        break;
      }
      state.status = "bot";
      state.waiting = null;
      await walker.follow(waitingAt, { port: input.outcome });
      break;
    }
    case "hand_back": {
      const node = ctx.graph.node(input.nodeId);
      // Only from a person: a hand-back racing a resolve (or a second one) must not walk the flow twice.
      if (!node || state.status !== "human") break;
      state.status = "bot";
      state.waiting = null;
      state.escalationReason = null;
      state.escalationCue = null;
      await walker.walk(node);
      break;
    }
  }
  return { state, messages: ctx.messages, effects: ctx.effects, events: ctx.events };
}

async function handleReply(ctx: TurnContext, walker: Walker, input: Extract<TurnInput, { kind: "message" | "choice" }>) {
  const { state } = ctx;
  const escalation = ctx.flow.settings.escalation;
  const waiting = state.waiting!;
  const choice = input.kind === "choice" ? waiting.choices.find((c) => c.id === input.choiceId) : undefined;
  const answer: CustomerAnswer =
    input.kind === "choice" ? { text: choice?.label ?? "", choiceId: choice ? choice.id : null } : { text: input.text, choiceId: null };
  const previous = [...state.recentMessages];
  state.recentMessages = [...previous, answer.text.slice(0, 500)].slice(-RECENT);
  const signals = await measure(ctx, answer.text, input.kind === "message");
  state.sentimentTrend = [...state.sentimentTrend, signals.moods.at(-1)!].slice(-RECENT);

  // A pending "would you like a person?" offer is answered first.
  if (waiting.step === "offer_human") {
    const resumed = { ...waiting, step: waiting.interruptedStep ?? "intent", interruptedStep: null, interruptedText: null, choices: [] };
    state.waiting = resumed;
    if (interpretYesNo(answer)) {
      ctx.events.push({ type: "trigger", nodeId: waiting.nodeId, data: { reason: "sentiment", action: "accepted" } });
      await walker.escalate("sentiment", escalation.sentiment.targetNodeId, false);
      return;
    }
    ctx.say(escalationWords(state.language).carryOn, {}, waiting.nodeId);
    const interrupted = ctx.graph.node(waiting.nodeId);
    if (interrupted && waiting.interruptedText !== null) await resumeAfterOffer(ctx, walker, interrupted, waiting.interruptedText, resumed);
    return;
  }

  const node = ctx.graph.node(waiting.nodeId);
  if (!node) return;
  const skipTriggers = !definitionOf(node).triggersWhileWaiting || input.kind === "choice";
  const decision = skipTriggers ? null : checkTriggers(answer.text, signals, state, previous, escalation, ctx.ports.nlu);
  recordSignal(state, decision?.cue ?? null, signals.frustration.score);
  if (decision?.kind === "escalate") {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: triggerData(decision.reason, decision.cue) });
    if (decision.cue) ctx.say(acknowledgement(ctx, decision.cue), {}, node.id);
    await walker.escalate(decision.reason, decision.targetNodeId, decision.wantsCallback);
    return;
  }
  // A second offer only for a clearly upset message: a weak one after a "no, carry on" does not ask again.
  if (decision?.kind === "offer_human" && !(state.offeredHuman && decision.cue.lowered)) {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: { ...triggerData("sentiment", decision.cue), action: "offer" } });
    state.offeredHuman = true;
    const words = escalationWords(state.language);
    const choices = yesNoChoices(words.yes, words.no);
    ctx.say(`${acknowledgement(ctx, decision.cue)} ${words.offer}`, { choices }, node.id);
    state.waiting = { ...waiting, step: "offer_human", choices, interruptedStep: waiting.step, interruptedText: answer.text };
    return;
  }
  await receiveCounting(ctx, walker, node, answer, waiting);
}

/** Language, frustration and sentiment of a typed message (a pressed button's label says nothing about the mood). */
async function measure(ctx: TurnContext, text: string, typed: boolean): Promise<MessageSignals> {
  const { state, ports } = ctx;
  const sentiment = await ports.nlu.sentiment(text);
  const language = typed ? ports.nlu.detectLanguage(text) : null;
  if (language) state.language = language;
  const frustration = typed ? ports.nlu.detectFrustration(text, state.language) : { score: 0, urgent: false, cues: [] };
  // The mood the trend shows: the sentiment score, pulled down by frustration cues (which also cover the non-English languages).
  const mood = Math.round(Math.min(sentiment, -frustration.score) * 100) / 100;
  return { sentiment, frustration, moods: [...state.sentimentTrend, mood] };
}

/** Remembers whether this message was upset (no rephrase for it, even with the trigger off) and counts signs of frustration for the next messages' bar. */
function recordSignal(state: EngineState, cue: MoodCue | null, score: number) {
  state.upset = cue !== null || score >= FRUSTRATED;
  if (cue) state.escalationCue = { kind: cue.kind, text: cue.text };
  if (cue || score >= LOWERED_BAR) state.upsetMessages += 1;
}

function triggerData(reason: HandoffReason, cue: MoodCue | null): Record<string, unknown> {
  return cue ? { reason, cue: cue.kind, cueText: cue.text, score: cue.score, urgent: cue.urgent, lowered: cue.lowered } : { reason };
}

/** "I'm sorry this is frustrating." / "I understand this is urgent." — or the admin's own words. */
function acknowledgement(ctx: TurnContext, cue: MoodCue): string {
  const own = ctx.flow.settings.escalation.sentiment.acknowledgement.trim();
  if (own) return ctx.render(own);
  const words = escalationWords(ctx.state.language);
  return cue.urgent ? words.urgent : words.frustrated;
}

/**
 * After "no, carry on", the message the offer interrupted is handled as
 * usual — except that one the intents cannot place is not answered with
 * "say it another way" (it was a complaint): the step asks its question again.
 */
async function resumeAfterOffer(ctx: TurnContext, walker: Walker, node: FlowNode, text: string, waiting: Waiting) {
  const streak = ctx.state.lowConfidenceStreak;
  const understood = await receive(ctx, node, { text, choiceId: null }, waiting);
  if (!understood) return;
  if (!("port" in understood) || !NOT_UNDERSTOOD.has(understood.port)) return walker.follow(node, understood);
  ctx.state.lowConfidenceStreak = streak;
  await walker.walk(node);
}

/** Ports that mean "the intents did not place the message". */
const NOT_UNDERSTOOD = new Set(["low_confidence", "still_unclear"]);

/**
 * Hands a reply to the node, then counts: the low-confidence streak escalates
 * only when this message, too, was not understood — a clear request after
 * misunderstood ones is classified and followed.
 */
async function receiveCounting(ctx: TurnContext, walker: Walker, node: FlowNode, answer: CustomerAnswer, waiting: Waiting) {
  const { state } = ctx;
  const setting = ctx.flow.settings.escalation.lowConfidence;
  const before = state.lowConfidenceStreak;
  const step = await receive(ctx, node, answer, waiting);
  if (!step) return;
  if (setting.enabled && UNDERSTANDING_STEPS.has(waiting.step) && state.lowConfidenceStreak > before && before >= setting.count) {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: { reason: "low_confidence", misunderstood: state.lowConfidenceStreak } });
    await walker.escalate("low_confidence", setting.targetNodeId, false);
    return;
  }
  await walker.follow(node, step);
}

/** Hands a reply to the node waiting for it; null when the node takes no replies. */
async function receive(ctx: TurnContext, node: FlowNode, answer: CustomerAnswer, waiting: Waiting): Promise<Step | null> {
  const executor = executors[node.type] as Executor<FlowNode["type"]>;
  if (!executor.receive) return null;
  ctx.state.waiting = waiting;
  return executor.receive(node as never, ctx, answer, waiting.step);
}

/** Walks the graph node by node within the step budget. */
class Walker {
  private steps = 0;
  /** The exit that led to the next visit (null: entered by a jump — start, escalation, hand-back). Recorded on the visit for the canvas analytics. */
  private via: { from: string; port: string } | null = null;

  constructor(private readonly ctx: TurnContext) {}

  async walk(node: FlowNode): Promise<void> {
    let current: FlowNode | undefined = node;
    while (current) {
      if (++this.steps > STEP_BUDGET) return this.overBudget(current);
      this.ctx.events.push({ type: "node_visit", nodeId: current.id, data: this.via ?? { from: null } });
      this.via = null;
      const executor = executors[current.type] as Executor<FlowNode["type"]>;
      const step = await executor.enter(current as never, this.ctx);
      current = this.apply(current, step);
    }
  }

  /** Continues after a step decided outside walk() (a reply, the human side finishing). */
  async follow(from: FlowNode, step: Step): Promise<void> {
    const next = this.apply(from, step);
    if (next) await this.walk(next);
  }

  /** Leaves the current node for an escalation target; the reason is recorded on the handoff. */
  async escalate(reason: HandoffReason, target: string | null, wantsCallback: boolean): Promise<void> {
    const { ctx } = this;
    const escalation = ctx.flow.settings.escalation;
    const node =
      (wantsCallback ? ctx.graph.firstReaching("callback") : undefined) ??
      [target, escalation.defaultTargetNodeId, escalation.explicitRequest.targetNodeId].map((id) => (id ? ctx.graph.node(id) : undefined)).find(Boolean) ??
      ctx.graph.firstReaching("route") ??
      ctx.graph.firstReaching("handoff");
    if (!node) {
      ctx.say("I'm sorry — there's nobody I can connect you to from here.", {});
      return;
    }
    ctx.state.escalationReason = reason;
    ctx.state.offeredHuman = false;
    this.via = null;
    ctx.state.waiting = null;
    await this.walk(node);
  }

  private apply(from: FlowNode, step: Step): FlowNode | undefined {
    const { state } = this.ctx;
    if ("wait" in step) {
      state.waiting = step.wait;
      return undefined;
    }
    state.waiting = null;
    if ("stop" in step) {
      if (step.stop === "ended") this.end();
      return undefined;
    }
    const next = this.ctx.graph.next(from.id, step.port);
    this.via = next ? { from: from.id, port: step.port } : null;
    if (!next) {
      // An unconnected exit: "resolved" after a handoff simply ends; anything else is a dead end the validator warns about.
      if (step.port !== "resolved") this.ctx.events.push({ type: "dead_end", nodeId: from.id, data: { port: step.port } });
      this.end();
    }
    return next;
  }

  /** The conversation is over: nothing waits, and the turn says so (the chat closes). */
  end() {
    this.ctx.state.status = "ended";
    this.ctx.state.waiting = null;
    this.ctx.effects.push({ type: "ended" });
  }

  private overBudget(at: FlowNode) {
    this.ctx.events.push({ type: "step_budget_exceeded", nodeId: at.id, data: { budget: STEP_BUDGET } });
    this.ctx.ports.log("error", "step budget exceeded: the flow loops without waiting for the customer", { nodeId: at.id });
    this.ctx.say("Sorry — something went wrong on our side, so I've stopped here. Please start a new chat, or contact us another way.", {});
    this.end();
  }
}
