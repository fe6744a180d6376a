import { definitionOf, FlowGraph } from "../flow/flow-graph";
import type { FlowDocument, FlowNode } from "../flow/schema";
import { checkTriggers } from "./check-triggers";
import { initialEngineState, type EngineState, type Waiting } from "./engine-state";
import type { Executor } from "./executor";
import { executors } from "./executors";
import { interpretYesNo, yesNoChoices } from "./interpret-yes-no";
import type { EnginePorts } from "./ports";
import { TurnContext } from "./turn-context";
import type { CustomerAnswer, HandoffReason, Step, TurnInput, TurnResult } from "./turn-types";

/** Node visits allowed in one turn: a bad graph ends the turn instead of spinning. */
export const STEP_BUDGET = 64;
const RECENT = 10;

export interface TurnOptions {
  /** Team id → name, for {{team_name}}. */
  teamNames?: Record<string, string>;
}

/**
 * Runs one turn of a conversation: from what just happened (`input`) to the
 * point where the flow needs the customer or a person again. Pure given its
 * ports: the same flow, state, input and port answers give the same result.
 */
export async function turn(flow: FlowDocument, previous: EngineState, input: TurnInput, ports: EnginePorts, options: TurnOptions = {}): Promise<TurnResult> {
  const state = input.kind === "start" ? initialEngineState() : structuredClone(previous);
  const ctx = new TurnContext(flow, new FlowGraph(flow), state, ports, options.teamNames ?? {});
  const walker = new Walker(ctx);

  switch (input.kind) {
    case "start": {
      const start = ctx.graph.start();
      if (start) await walker.walk(start);
      break;
    }
    case "handoff_button":
      if (state.status === "bot") await walker.escalate("button", flow.settings.escalation.explicitRequest.targetNodeId, false);
      break;
    case "message":
    case "choice":
      if (state.status === "bot" && state.waiting) await handleReply(ctx, walker, input);
      break;
    case "human_finished": {
      const waitingAt = state.waiting && ctx.graph.node(state.waiting.nodeId);
      if (state.status !== "human" || !waitingAt) break;
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
      await walker.walk(node);
      break;
    }
  }
  return { state, messages: ctx.messages, effects: ctx.effects, events: ctx.events };
}

async function handleReply(ctx: TurnContext, walker: Walker, input: Extract<TurnInput, { kind: "message" | "choice" }>) {
  const { state } = ctx;
  const waiting = state.waiting!;
  const choice = input.kind === "choice" ? waiting.choices.find((c) => c.id === input.choiceId) : undefined;
  const answer: CustomerAnswer =
    input.kind === "choice" ? { text: choice?.label ?? "", choiceId: choice ? choice.id : null } : { text: input.text, choiceId: null };
  const previous = [...state.recentMessages];
  state.recentMessages = [...previous, answer.text.slice(0, 500)].slice(-RECENT);
  const sentiment = await ctx.ports.nlu.sentiment(answer.text);
  state.sentimentTrend = [...state.sentimentTrend, Math.round(sentiment * 100) / 100].slice(-RECENT);

  // A pending "would you like a person?" offer is answered first.
  if (waiting.step === "offer_human") {
    const resumed = { ...waiting, step: waiting.interruptedStep ?? "intent", interruptedStep: null, interruptedText: null, choices: [] };
    state.waiting = resumed;
    if (interpretYesNo(answer)) {
      await walker.escalate("sentiment", ctx.flow.settings.escalation.sentiment.targetNodeId, false);
      return;
    }
    ctx.say("No problem — let's keep going.", {}, waiting.nodeId);
    const interrupted = ctx.graph.node(waiting.nodeId);
    if (interrupted && waiting.interruptedText !== null) {
      await receive(ctx, walker, interrupted, { text: waiting.interruptedText, choiceId: null }, resumed);
    }
    return;
  }

  const node = ctx.graph.node(waiting.nodeId);
  if (!node) return;
  const skipTriggers = !definitionOf(node).triggersWhileWaiting || input.kind === "choice";
  const decision = skipTriggers ? null : checkTriggers(answer.text, sentiment, state, previous, ctx.flow.settings.escalation, ctx.ports.nlu);
  if (decision?.kind === "escalate") {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: { reason: decision.reason } });
    await walker.escalate(decision.reason, decision.targetNodeId, decision.wantsCallback);
    return;
  }
  if (decision?.kind === "offer_human") {
    ctx.events.push({ type: "trigger", nodeId: node.id, data: { reason: "sentiment", action: "offer" } });
    state.offeredHuman = true;
    const choices = yesNoChoices("Yes, a person please", "No, carry on");
    ctx.say("I'm sorry this is frustrating. Would you like to talk to a person?", { choices }, node.id);
    state.waiting = { ...waiting, step: "offer_human", choices, interruptedStep: waiting.step, interruptedText: answer.text };
    return;
  }
  await receive(ctx, walker, node, answer, waiting);
}

/** Hands a reply to the node waiting for it, then walks on from its answer. */
async function receive(ctx: TurnContext, walker: Walker, node: FlowNode, answer: CustomerAnswer, waiting: Waiting) {
  const executor = executors[node.type] as Executor<FlowNode["type"]>;
  if (!executor.receive) return;
  ctx.state.waiting = waiting;
  await walker.follow(node, await executor.receive(node as never, ctx, answer, waiting.step));
}

/** Walks the graph node by node within the step budget. */
class Walker {
  private steps = 0;

  constructor(private readonly ctx: TurnContext) {}

  async walk(node: FlowNode): Promise<void> {
    let current: FlowNode | undefined = node;
    while (current) {
      if (++this.steps > STEP_BUDGET) return this.overBudget(current);
      this.ctx.events.push({ type: "node_visit", nodeId: current.id });
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
    if (!next) {
      // An unconnected exit: "resolved" after a handoff simply ends; anything else is a dead end the validator warns about.
      if (step.port !== "resolved") this.ctx.events.push({ type: "dead_end", nodeId: from.id, data: { port: step.port } });
      this.end();
    }
    return next;
  }

  private end() {
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
