import { waitAt } from "../engine-state";
import type { Executor } from "../executor";
import { interpretYesNo, yesNoChoices } from "../interpret-yes-no";
import { validateAnswer } from "../validate-answer";
import type { TurnContext } from "../turn-context";
import type { Step } from "../turn-types";

type CallbackNode = Parameters<Executor<"callback">["enter"]>[0];

/** Offer → phone number → a slot inside business hours → a callback task. */
export const callbackExecutor: Executor<"callback"> = {
  enter: async (node, ctx) => {
    const teamId = node.data.teamId || ctx.state.teamId;
    if (teamId) ctx.state.teamId = teamId;
    ctx.state.variables.team_name = ctx.teamName(ctx.state.teamId);
    const choices = yesNoChoices("Yes, call me back", "No thanks");
    // inputKind "callback": the chat can offer its booking form besides the yes/no buttons.
    ctx.say(node.data.offerText, { choices, inputKind: "callback" }, node.id);
    return { wait: waitAt(node.id, "offer", { choices }) };
  },
  receive: async (node, ctx, answer, step) => {
    if (step === "offer") {
      const yes = interpretYesNo(answer);
      if (yes === false) return { port: "declined" };
      if (yes === null) {
        // A phone number typed straight away counts as a yes.
        const phone = validateAnswer("phone", answer.text);
        if (phone === null) return { port: "declined" };
        ctx.state.variables.callback_phone = phone;
        return offerSlots(node, ctx);
      }
      const known = validateAnswer("phone", String(ctx.state.variables.phone ?? ""));
      if (known !== null) {
        ctx.state.variables.callback_phone = known;
        return offerSlots(node, ctx);
      }
      ctx.say(node.data.phonePrompt, { inputKind: "phone" }, node.id);
      return { wait: waitAt(node.id, "phone") };
    }
    if (step === "phone") {
      const phone = validateAnswer("phone", answer.text);
      if (phone === null) {
        const attempts = (ctx.state.waiting?.attempts ?? 0) + 1;
        if (attempts >= 3) return { port: "declined" };
        ctx.say("That doesn't look like a phone number. Please include the area code, e.g. +44 20 7946 0000.", { inputKind: "phone" }, node.id);
        return { wait: waitAt(node.id, "phone", { attempts }) };
      }
      ctx.state.variables.callback_phone = phone;
      return offerSlots(node, ctx);
    }
    // step === "slot"
    const waiting = ctx.state.waiting;
    const typed = answer.text.trim().toLowerCase();
    const index = waiting?.choices.findIndex((choice) => choice.id === answer.choiceId || choice.label.toLowerCase() === typed) ?? -1;
    const slot = index >= 0 ? waiting?.slots[index] : undefined;
    if (!slot || !waiting) {
      const attempts = (waiting?.attempts ?? 0) + 1;
      if (attempts >= 3 || !waiting) return { port: "declined" };
      ctx.say("Please pick one of the times below.", { choices: waiting.choices }, node.id);
      return { wait: { ...waiting, attempts } };
    }
    const label = waiting.choices[index]!.label;
    ctx.state.variables.callback_slot = label;
    const team = ctx.state.teamId ? await ctx.ports.availability.team(ctx.state.teamId) : null;
    ctx.effects.push({
      type: "callback",
      teamId: ctx.state.teamId ?? "",
      nodeId: node.id,
      phone: String(ctx.state.variables.callback_phone),
      dueAt: slot,
      timeZone: team?.timeZone ?? "UTC",
    });
    ctx.say(node.data.confirmText, {}, node.id);
    return { port: "scheduled" };
  },
};

async function offerSlots(node: CallbackNode, ctx: TurnContext): Promise<Step> {
  const teamId = ctx.state.teamId;
  const slots = teamId ? await ctx.ports.availability.callbackSlots(teamId, node.data.slotCount) : [];
  if (slots.length === 0) {
    ctx.say("Sorry, I couldn't find a free time for a call. Please try again later.", {}, node.id);
    return { port: "declined" };
  }
  const team = teamId ? await ctx.ports.availability.team(teamId) : null;
  ctx.state.variables.callback_time_zone = team?.timeZone ?? "UTC";
  const choices = slots.map((slot, i) => ({ id: `slot-${i}`, label: slot.label }));
  ctx.say(node.data.slotPrompt, { choices }, node.id);
  return { wait: waitAt(node.id, "slot", { choices, slots: slots.map((slot) => slot.startsAt.toISOString()) }) };
}
