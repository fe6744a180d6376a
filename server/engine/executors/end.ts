import { waitAt } from "../engine-state";
import type { Executor } from "../executor";

const ratingChoices = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }));

export const endExecutor: Executor<"end"> = {
  enter: async (node, ctx) => {
    ctx.say(node.data.text, {}, node.id);
    if (!node.data.askRating) return { stop: "ended" };
    ctx.say(node.data.ratingText, { choices: ratingChoices, inputKind: "rating" }, node.id);
    return { wait: waitAt(node.id, "rating", { choices: ratingChoices }) };
  },
  receive: async (node, ctx, answer) => {
    const value = Number(answer.choiceId ?? answer.text.trim().match(/^[1-5]/)?.[0]);
    if (Number.isInteger(value) && value >= 1 && value <= 5) {
      ctx.state.rating = value;
      ctx.effects.push({ type: "rating", value });
      ctx.say("Thanks for your feedback!", {}, node.id);
    }
    return { stop: "ended" };
  },
};
