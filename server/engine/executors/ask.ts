import { waitAt } from "../engine-state";
import type { Executor } from "../executor";
import { validateAnswer } from "../validate-answer";

export const askExecutor: Executor<"ask"> = {
  enter: async (node, ctx) => {
    const choices = node.data.kind === "choice" ? node.data.choices : [];
    ctx.say(node.data.text, { choices, inputKind: node.data.kind }, node.id);
    return { wait: waitAt(node.id, "answer", { choices }) };
  },
  receive: async (node, ctx, answer) => {
    const { kind, choices, variable, maxAttempts, retryText } = node.data;
    let value: string | number | null;
    if (kind === "choice") {
      const typed = answer.text.trim().toLowerCase();
      const picked = choices.find((choice) => choice.id === answer.choiceId || choice.label.toLowerCase() === typed);
      value = picked ? picked.label : null;
    } else {
      value = validateAnswer(kind, answer.text);
    }
    if (value !== null) {
      ctx.state.variables[variable] = value;
      if (kind === "email" && typeof value === "string") ctx.effects.push({ type: "email_given", email: value.toLowerCase() });
      return { port: "answered" };
    }
    const attempts = (ctx.state.waiting?.attempts ?? 0) + 1;
    if (attempts >= maxAttempts) return { port: "invalid" };
    ctx.say(retryText, { choices: kind === "choice" ? choices : [], inputKind: kind }, node.id);
    return { wait: waitAt(node.id, "answer", { attempts, choices: kind === "choice" ? choices : [] }) };
  },
};
