import { articleExcerpt } from "../article-excerpt";
import { waitAt } from "../engine-state";
import type { Executor } from "../executor";
import { interpretYesNo, yesNoChoices } from "../interpret-yes-no";
import type { TurnContext } from "../turn-context";

/** Articles that cover enough of the question: a partial match is not an answer. */
async function relevantArticles(ctx: TurnContext, query: string, settings: { maxArticles: number; articleIds: string[]; minRelevance: number }) {
  if (!query.trim()) return [];
  const found = await ctx.ports.knowledge.search(query, { limit: settings.maxArticles, articleIds: settings.articleIds });
  return found.filter((article) => (article.relevance ?? 1) >= settings.minRelevance);
}

export const selfServiceExecutor: Executor<"self_service"> = {
  enter: async (node, ctx) => {
    // The last message alone first; with the one before it (a rephrase, a follow-up) when that alone finds no answer.
    const recent = ctx.state.recentMessages;
    let query = recent.at(-1) ?? "";
    let articles = await relevantArticles(ctx, query, node.data);
    if (articles.length === 0 && recent.length >= 2) {
      query = recent.slice(-2).join(" ");
      articles = await relevantArticles(ctx, query, node.data);
    }
    if (articles.length === 0) {
      ctx.events.push({ type: "trigger", nodeId: node.id, data: { noMatch: "weak_or_none", minRelevance: node.data.minRelevance } });
      return { port: "no_match" };
    }
    for (const article of articles) {
      if (!ctx.state.tried.articles.some((tried) => tried.id === article.id)) ctx.state.tried.articles.push({ id: article.id, title: article.title });
    }
    const grounded = ctx.ports.llm ? await ctx.ports.llm.answer(query, articles).catch(() => null) : null;
    const shown = articles.map((a) => ({ id: a.id, title: a.title, body: articleExcerpt(a.body) }));
    const text = grounded ?? [ctx.render(node.data.intro), ...shown.map((a) => `${a.title}: ${a.body}`)].join("\n\n");
    ctx.messages.push({ text, nodeId: node.id, articles: shown });
    const choices = yesNoChoices("Yes, thanks", "No");
    ctx.say(node.data.question, { choices }, node.id);
    return { wait: waitAt(node.id, "helped", { choices }) };
  },
  receive: async (_node, _ctx, answer) => {
    // Anything but a clear yes means it did not help: the next step escalates.
    return { port: interpretYesNo(answer) === true ? "resolved" : "not_resolved" };
  },
};
