import { articleExcerpt } from "../article-excerpt";
import { waitAt } from "../engine-state";
import type { Executor } from "../executor";
import { interpretYesNo, yesNoChoices } from "../interpret-yes-no";

export const selfServiceExecutor: Executor<"self_service"> = {
  enter: async (node, ctx) => {
    const query = ctx.state.recentMessages.slice(-2).join(" ");
    const articles = query ? await ctx.ports.knowledge.search(query, { limit: node.data.maxArticles, articleIds: node.data.articleIds }) : [];
    if (articles.length === 0) return { port: "no_match" };
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
