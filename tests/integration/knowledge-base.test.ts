import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import type { Viewer } from "@/server/auth/viewer";
import { searchKnowledge } from "@/server/conversations/search-knowledge";
import type { Prisma } from "@/server/db/generated/client";
import { publishFlow } from "@/server/flows/publish-flow";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { buildFlow } from "../helpers/flow-builder";
import { makeWorkspace } from "../helpers/make-workspace";

// The demo workspace (seeded before each test) answers customers; other
// workspaces are made per test for CRUD and isolation.
const api = setupApi();
const db = () => api.test.db;

interface Article {
  id: string;
  title: string;
  body: string;
  tags: string[];
  published: boolean;
  updatedAt: Date;
  usedBy: { flowId: string; name: string; live: boolean; draft: boolean; running: boolean }[];
}
interface Listed {
  articles: (Omit<Article, "body"> & { excerpt: string; characters: number })[];
  counts: { all: number; published: number; draft: number };
  total: number;
  truncated: boolean;
}
type ErrorBody = {
  message: string;
  data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null; details?: Record<string, unknown> | null };
};

const kb = async <T = Article>(who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") => {
  const result = await callTrpc({ db: db(), viewer: who }, `knowledgeBase.${path}`, input, kind);
  return { status: result.status, data: result.data as T, error: result.error as ErrorBody | undefined };
};
const list = (who: Viewer, input: { query?: string; status?: string } = {}) => kb<Listed>(who, "list", input, "query");

async function admin() {
  const { workspace, viewers } = await makeWorkspace(db(), [
    { name: "Ada", role: "ADMIN" },
    { name: "Sam", role: "AGENT" },
  ]);
  return { workspace, ada: viewers[0]!, sam: viewers[1]! };
}

async function create(who: Viewer, input: Record<string, unknown>) {
  const created = await kb(who, "create", { body: "The answer.", ...input });
  expect(created.status, JSON.stringify(created.error)).toBe(200);
  return created.data;
}

const demoAdmin = async () => (await loadViewer(db(), (await db().user.findUniqueOrThrow({ where: { email: "admin@acme.test" } })).id))!;

/** Start → ask for the question → a Self-service step (limited to `articleIds`, or the whole knowledge base) → end; live at `slug`. */
async function publishHelpFlow(workspaceId: string, slug: string, articleIds: string[] = []) {
  const document = buildFlow(
    [
      { id: "start", type: "start" },
      { id: "ask", type: "ask", data: { text: "What is your question?", variable: "question" } },
      { id: "kb", type: "self_service", data: { maxArticles: 2, articleIds } },
      { id: "none", type: "message", data: { text: "No article matched." } },
      { id: "end", type: "end", data: { text: "Bye.", askRating: false } },
    ],
    [
      ["start", "next", "ask"],
      ["ask", "answered", "kb"],
      ["ask", "invalid", "end"],
      ["kb", "resolved", "end"],
      ["kb", "not_resolved", "end"],
      ["kb", "no_match", "none"],
      ["none", "next", "end"],
    ],
  );
  const flow = await db().flow.create({ data: { workspaceId, name: `Help ${slug}`, slug, draft: document as unknown as Prisma.InputJsonValue } });
  await publishFlow(db(), workspaceId, flow.id, null);
  return flow;
}

/** A new chat on the flow at `slug`: the customer asks `question`; the bot's replies, as text. */
async function ask(slug: string, question: string) {
  const started = await api.json<{ sessionId: string; token: string; messages: { text: string }[] }>("POST", `/api/v1/chat/${slug}/sessions`);
  expect(started.status).toBe(201);
  expect(started.body.messages.at(-1)?.text).toBe("What is your question?");
  const reply = await api.json<{ messages: { author: string; text: string; articles?: { id: string; title: string; body: string }[] }[] }>(
    "POST",
    `/api/v1/chat/sessions/${started.body.sessionId}/messages`,
    { token: started.body.token, body: { clientMessageId: "q1", text: question } },
  );
  expect(reply.status).toBe(200);
  return reply.body.messages.filter((message) => message.author === "bot");
}

describe("articles: create, list, read, update, delete", () => {
  it("creates an article with a tidy title and tags, keeping the body's line breaks", async () => {
    const { workspace, ada } = await admin();
    const article = await create(ada, {
      title: "  Gift   cards ",
      body: "Gift cards never expire.\r\n\r\nUse them at checkout.\n",
      tags: [" Gift Cards ", "gift cards", "", "VAT"],
    });
    expect(article).toMatchObject({
      title: "Gift cards",
      body: "Gift cards never expire.\n\nUse them at checkout.",
      tags: ["gift cards", "vat"],
      published: true,
      usedBy: [],
    });
    const row = await db().knowledgeArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ workspaceId: workspace.id, title: "Gift cards" });
    const read = await kb(ada, "get", { articleId: article.id }, "query");
    expect(read.data).toMatchObject({ id: article.id, body: "Gift cards never expire.\n\nUse them at checkout." });
  });

  it("lists newest edit first with excerpts and counts; searches title, body and tags; filters by status", async () => {
    const { ada } = await admin();
    expect((await list(ada)).data).toEqual({ articles: [], counts: { all: 0, published: 0, draft: 0 }, total: 0, truncated: false });
    const invoice = await create(ada, { title: "Download an invoice", body: "Open Billing, then Invoices.", tags: ["receipt"] });
    const refund = await create(ada, { title: "Refunds", body: `Refunds take 5 days.\n${"More detail. ".repeat(40)}`, tags: ["money back"] });
    const draft = await create(ada, { title: "Holiday opening hours", body: "We are closed on 25 December.", published: false });
    // Edited a minute apart, so "newest first" does not depend on the clock's resolution.
    for (const [minutes, id] of [
      [3, invoice.id],
      [2, refund.id],
      [1, draft.id],
    ] as const) {
      await db().knowledgeArticle.update({ where: { id }, data: { updatedAt: new Date(Date.now() - minutes * 60_000) } });
    }

    const all = (await list(ada)).data;
    expect(all.articles.map((a) => a.title)).toEqual(["Holiday opening hours", "Refunds", "Download an invoice"]);
    expect(all.counts).toEqual({ all: 3, published: 2, draft: 1 });
    const refundRow = all.articles.find((a) => a.id === refund.id)!;
    expect(refundRow.excerpt).toMatch(/^Refunds take 5 days\. More detail\..*…$/);
    expect(refundRow.excerpt.length).toBeLessThanOrEqual(241);
    expect(refundRow).not.toHaveProperty("body");

    const ids = async (input: { query?: string; status?: string }) => (await list(ada, input)).data.articles.map((a) => a.id);
    expect(await ids({ query: "INVOICE" })).toEqual([invoice.id]); // title, any case
    expect(await ids({ query: "25 december" })).toEqual([draft.id]); // body, every word
    expect(await ids({ query: "receipt" })).toEqual([invoice.id]); // tag
    expect(await ids({ query: "back" })).toEqual([refund.id]); // a word inside a tag of two
    expect(await ids({ query: "refunds invoice" })).toEqual([]);
    expect(await ids({ status: "draft" })).toEqual([draft.id]);
    expect(await ids({ status: "published", query: "days" })).toEqual([refund.id]);
    const searched = (await list(ada, { query: "o" })).data;
    expect(searched.counts).toEqual({ all: 3, published: 2, draft: 1 });
    // LIKE's wildcards are characters, not patterns.
    for (const query of ["%", "_", "\\"]) expect((await list(ada, { query })).data.articles, query).toEqual([]);
    const sale = await create(ada, { title: "Winter sale", body: "Everything 50% off, on_sale items too." });
    expect(await ids({ query: "50%" })).toEqual([sale.id]);
    expect(await ids({ query: "on_sale" })).toEqual([sale.id]);
  });

  it("updates the whole article; a save made from an older copy is refused and changes nothing", async () => {
    const { ada } = await admin();
    const article = await create(ada, { title: "Shipping", body: "3 days.", tags: ["delivery"] });
    // Last saved a minute ago, so the next save's time is surely later.
    const loaded = await db().knowledgeArticle.update({ where: { id: article.id }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    const saved = await kb(ada, "update", {
      articleId: article.id,
      updatedAt: loaded.updatedAt,
      title: "Shipping times",
      body: "3–5 working days.",
      tags: ["Delivery", "shipping"],
      published: false,
    });
    expect(saved.status).toBe(200);
    expect(saved.data).toMatchObject({ title: "Shipping times", body: "3–5 working days.", tags: ["delivery", "shipping"], published: false });
    expect(saved.data.updatedAt.getTime()).toBeGreaterThan(loaded.updatedAt.getTime());

    // A second admin, who loaded the same copy, saves after the first one.
    const stale = await kb(ada, "update", {
      articleId: article.id,
      updatedAt: loaded.updatedAt,
      title: "Overwritten",
      body: "Lost.",
      tags: [],
      published: true,
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/Someone else saved this article/);
    expect(await db().knowledgeArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: "Shipping times", published: false });
  });

  it("deletes an article no flow uses", async () => {
    const { workspace, ada } = await admin();
    const article = await create(ada, { title: "Old promo" });
    const removed = await kb<{ articleId: string; title: string; drafts: unknown[] }>(ada, "delete", { articleId: article.id });
    expect(removed.data).toEqual({ articleId: article.id, title: "Old promo", drafts: [] });
    expect(await db().knowledgeArticle.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect((await kb(ada, "get", { articleId: article.id }, "query")).status).toBe(404);
  });
});

describe("bad input", () => {
  it("is refused field by field, and nothing is created", async () => {
    const { workspace, ada } = await admin();
    const bad = await kb(ada, "create", { title: "   ", body: "x".repeat(20_001), tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`), published: "yes" });
    expect(bad.status).toBe(400);
    const fields = bad.error?.data.fieldErrors ?? {};
    expect(Object.keys(fields).sort()).toEqual(["body", "published", "tags", "title"]);
    expect(fields.title?.[0]).toMatch(/Enter a title/);
    expect(fields.body?.[0]).toMatch(/20,000 characters/);
    expect(fields.tags?.[0]).toMatch(/At most 10 tags/);
    const longTitle = await kb(ada, "create", { title: "t".repeat(161), body: "  ", tags: ["fine", "x".repeat(33)] });
    expect(longTitle.error?.data.fieldErrors).toMatchObject({
      title: [expect.stringMatching(/160 characters/)],
      body: [expect.stringMatching(/Write the answer/)],
      tags: [expect.stringMatching(/keep each tag to 32 characters/)],
    });
    expect((await kb(ada, "create", { title: "Fine", body: "Fine", tags: "a, b" })).error?.data.fieldErrors?.tags?.[0]).toMatch(/as a list/);
    // Exactly at the limits is fine.
    expect(
      (await kb(ada, "create", { title: "t".repeat(160), body: "b".repeat(20_000), tags: Array.from({ length: 10 }, (_, i) => `${"x".repeat(30)}${i}`) }))
        .status,
    ).toBe(200);
    expect(await db().knowledgeArticle.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it("on update is refused field by field, and the article stays as it was", async () => {
    const { ada } = await admin();
    const article = await create(ada, { title: "Returns", body: "Within 30 days.", tags: ["returns"] });
    const bad = await kb(ada, "update", { articleId: article.id, updatedAt: article.updatedAt, title: "", body: "", tags: ["x".repeat(40)], published: true });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.error?.data.fieldErrors ?? {}).sort()).toEqual(["body", "tags", "title"]);
    expect(await db().knowledgeArticle.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      title: "Returns",
      body: "Within 30 days.",
      tags: ["returns"],
      updatedAt: article.updatedAt,
    });
    expect((await kb(ada, "update", { articleId: article.id, title: "No version", body: "b" })).error?.data.fieldErrors?.updatedAt?.[0]).toMatch(/Reload/);
  });
});

describe("access", () => {
  it("answers 401 signed out and 403 to agents on every procedure, and the agent changes nothing", async () => {
    const { workspace, ada, sam } = await admin();
    const article = await create(ada, { title: "Agents can't touch this" });
    const calls: [string, unknown, "query" | "mutation"][] = [
      ["list", {}, "query"],
      ["get", { articleId: article.id }, "query"],
      ["create", { title: "By an agent", body: "No." }, "mutation"],
      ["update", { articleId: article.id, updatedAt: article.updatedAt, title: "Hacked", body: "No." }, "mutation"],
      ["delete", { articleId: article.id }, "mutation"],
      ["trySearch", { question: "touch" }, "query"],
    ];
    for (const [path, input, kind] of calls) {
      const asAgent = await kb(sam, path, input, kind);
      expect(asAgent.status, path).toBe(403);
      expect(asAgent.error?.data.code, path).toBe("FORBIDDEN");
      expect((await kb(null, path, input, kind)).status, path).toBe(401);
    }
    expect(await db().knowledgeArticle.findMany({ where: { workspaceId: workspace.id }, select: { title: true } })).toEqual([
      { title: "Agents can't touch this" },
    ]);
  });

  it("another workspace's article is NOT_FOUND, and never listed or searched", async () => {
    const { ada } = await admin();
    const theirs = await create(ada, { title: "Secret pricing", body: "Enterprise discount codes." });
    const eve = (await makeWorkspace(db(), [{ name: "Eve", role: "ADMIN" }])).viewers[0]!;
    expect((await kb(eve, "get", { articleId: theirs.id }, "query")).status).toBe(404);
    const update = await kb(eve, "update", { articleId: theirs.id, updatedAt: theirs.updatedAt, title: "Mine now", body: "Gone." });
    expect(update.status).toBe(404);
    expect(update.error?.message).toMatch(/no longer exists/);
    expect((await kb(eve, "delete", { articleId: theirs.id })).status).toBe(404);
    expect((await list(eve, { query: "pricing" })).data.articles).toEqual([]);
    expect((await kb<{ articles: unknown[] }>(eve, "trySearch", { question: "enterprise discount pricing" }, "query")).data.articles).toEqual([]);
    expect(await db().knowledgeArticle.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ title: "Secret pricing" });
  });
});

describe("search: the bot's own searchKnowledge", () => {
  it("finds an edited article by its new words (PostgreSQL regenerates the tsvector), and not an unpublished one", async () => {
    const { workspace, ada } = await admin();
    const search = (query: string) => searchKnowledge(db(), workspace.id, query, { limit: 3, articleIds: [] }).then((found) => found.map((a) => a.title));
    const article = await create(ada, { title: "Parcel lockers", body: "Pick up your parcel from a locker.", tags: ["lockers"] });
    expect(await search("can I use a parcel locker")).toEqual(["Parcel lockers"]);

    const edited = await kb(ada, "update", {
      articleId: article.id,
      updatedAt: article.updatedAt,
      title: "Collection points",
      body: "Collect your order from a pickup shop.",
      tags: ["pickup"],
      published: true,
    });
    expect(await search("where is the nearest pickup shop")).toEqual(["Collection points"]);
    expect(await search("parcel locker")).toEqual([]);
    // "Try a question" answers with the same search.
    const tried = await kb<{ question: string; articles: { id: string; title: string; excerpt: string }[] }>(
      ada,
      "trySearch",
      { question: " where is the nearest pickup shop " },
      "query",
    );
    expect(tried.data).toEqual({
      question: "where is the nearest pickup shop",
      articles: [{ id: article.id, title: "Collection points", excerpt: "Collect your order from a pickup shop." }],
    });

    await kb(ada, "update", {
      articleId: article.id,
      updatedAt: edited.data.updatedAt,
      title: "Collection points",
      body: "Collect your order from a pickup shop.",
      tags: ["pickup"],
      published: false,
    });
    expect(await search("where is the nearest pickup shop")).toEqual([]);
    expect((await kb<{ articles: unknown[] }>(ada, "trySearch", { question: "pickup shop" }, "query")).data.articles).toEqual([]);
    expect((await kb(ada, "trySearch", { question: "  " }, "query")).error?.data.fieldErrors?.question?.[0]).toMatch(/Type a question/);
  });

  it("a customer chatting through the public API is answered from an article written through the new API", async () => {
    const morgan = await demoAdmin();
    await publishHelpFlow(morgan.workspaceId, "help");
    const article = await create(morgan, {
      title: "Gift card balance",
      body: "See your gift card balance under Account, then Gift cards.",
      tags: ["gift card", "voucher"],
    });

    const replies = await ask("help", "what is the balance on my gift voucher?");
    expect(replies[0]!.text).toContain("Gift card balance: See your gift card balance under Account, then Gift cards.");
    expect(replies[0]!.articles?.[0]).toMatchObject({ id: article.id, title: "Gift card balance" });
    expect(replies[1]!.text).toBe("Did that help?");

    // Unpublished, the bot no longer offers it.
    await kb(morgan, "update", {
      articleId: article.id,
      updatedAt: article.updatedAt,
      title: article.title,
      body: article.body,
      tags: article.tags,
      published: false,
    });
    expect((await ask("help", "what is the balance on my gift voucher?")).map((m) => m.text)).toEqual(["No article matched.", "Bye."]);
  });
});

describe("flows that tick an article", () => {
  it("delete is refused while a live flow ticks it, naming the flow; allowed once only a draft does, which is named back", async () => {
    const morgan = await demoAdmin();
    const article = await create(morgan, { title: "Loyalty points", body: "Points expire after a year.", tags: ["loyalty"] });
    const flow = await publishHelpFlow(morgan.workspaceId, "points", [article.id]);

    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([
      { flowId: flow.id, name: "Help points", live: true, draft: true, running: false },
    ]);
    expect((await list(morgan, { query: "loyalty" })).data.articles[0]!.usedBy).toEqual([
      { flowId: flow.id, name: "Help points", live: true, draft: true, running: false },
    ]);
    const refused = await kb(morgan, "delete", { articleId: article.id });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toBe(
      `"Loyalty points" can't be deleted while the published flow "Help points" answers with it. Untick it in that flow's Self-service step and publish, or unpublish the article instead.`,
    );
    expect(await db().knowledgeArticle.count({ where: { id: article.id } })).toBe(1);

    // The live version no longer ticks it (the draft still does): the delete goes through and names the draft.
    const untickedLive = buildFlow(
      [
        { id: "start", type: "start" },
        { id: "end", type: "end" },
      ],
      [["start", "next", "end"]],
    );
    const version = await db().flowVersion.create({ data: { flowId: flow.id, number: 2, document: untickedLive as unknown as Prisma.InputJsonValue } });
    await db().flow.update({ where: { id: flow.id }, data: { publishedVersionId: version.id } });
    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([
      { flowId: flow.id, name: "Help points", live: false, draft: true, running: false },
    ]);
    const removed = await kb<{ drafts: { flowId: string; name: string }[] }>(morgan, "delete", { articleId: article.id });
    expect(removed.status).toBe(200);
    expect(removed.data.drafts).toEqual([{ flowId: flow.id, name: "Help points" }]);
  });

  it("delete is refused while chats still in progress on an earlier version can answer with it; a day after their last message it goes", async () => {
    const morgan = await demoAdmin();
    const article = await create(morgan, { title: "Gift wrap", body: "Gift wrap costs £2." });
    const flow = await publishHelpFlow(morgan.workspaceId, "gifts", [article.id]);
    // A customer starts on version 1 (which ticks the article) and is still chatting…
    const started = await api.json<{ sessionId: string }>("POST", "/api/v1/chat/gifts/sessions");
    expect(started.status).toBe(201);
    // …when version 2, without the tick, goes live and the draft drops it too.
    const unticked = buildFlow(
      [
        { id: "start", type: "start" },
        { id: "end", type: "end" },
      ],
      [["start", "next", "end"]],
    );
    const version = await db().flowVersion.create({ data: { flowId: flow.id, number: 2, document: unticked as unknown as Prisma.InputJsonValue } });
    await db().flow.update({ where: { id: flow.id }, data: { publishedVersionId: version.id, draft: unticked as unknown as Prisma.InputJsonValue } });
    await db().conversation.update({ where: { id: started.body.sessionId }, data: { updatedAt: new Date() } }); // the chat's clock is the test's; this page's is the wall's

    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([
      { flowId: flow.id, name: "Help gifts", live: false, draft: false, running: true },
    ]);
    const refused = await kb(morgan, "delete", { articleId: article.id });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(
      /^"Gift wrap" can't be deleted yet: chats still in progress on an earlier version of "Help gifts" can answer with it\./,
    );
    expect(await db().knowledgeArticle.count({ where: { id: article.id } })).toBe(1);

    await db().conversation.update({ where: { id: started.body.sessionId }, data: { updatedAt: new Date(Date.now() - 25 * 60 * 60_000) } });
    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([]);
    expect((await kb(morgan, "delete", { articleId: article.id })).status).toBe(200);
  });

  it("an archived flow, or a flow whose document no longer reads but names the id, is handled sensibly", async () => {
    const morgan = await demoAdmin();
    const article = await create(morgan, { title: "Store card", body: "Apply in store." });
    const archived = await publishHelpFlow(morgan.workspaceId, "archived", [article.id]);
    await db().flow.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([]);

    const broken = await db().flow.create({
      data: { workspaceId: morgan.workspaceId, name: "Broken", slug: "broken", draft: { nodes: "not a list", note: article.id } },
    });
    expect((await kb(morgan, "get", { articleId: article.id }, "query")).data.usedBy).toEqual([
      { flowId: broken.id, name: "Broken", live: false, draft: true, running: false },
    ]);
  });

  it("the runtime skips ticked articles that are drafts or deleted, and a step left with none takes No article", async () => {
    const morgan = await demoAdmin();
    const lockers = await create(morgan, { title: "Parcel lockers", body: "Collect parcels from a locker with your code.", tags: ["parcel"] });
    const shops = await create(morgan, { title: "Parcel shops", body: "Collect parcels from a partner shop.", tags: ["parcel"] });
    await publishHelpFlow(morgan.workspaceId, "parcels", [lockers.id, shops.id, "deleted-long-ago"]);
    const titles = async () => (await ask("parcels", "where can I collect my parcel"))[0]!.articles?.map((a) => a.title).sort() ?? [];
    expect(await titles()).toEqual(["Parcel lockers", "Parcel shops"]);

    // Unpublishing one of them is allowed; the step answers with the other.
    const unpublished = await kb(morgan, "update", {
      articleId: lockers.id,
      updatedAt: lockers.updatedAt,
      title: lockers.title,
      body: lockers.body,
      tags: lockers.tags,
      published: false,
    });
    expect(unpublished.status).toBe(200);
    expect(unpublished.data.usedBy).toMatchObject([{ name: "Help parcels", live: true }]);
    expect(await titles()).toEqual(["Parcel shops"]);

    // With none of its ticked articles left, the step takes its "No article" exit: it never falls back to the rest of the knowledge base.
    await kb(morgan, "update", { articleId: shops.id, updatedAt: shops.updatedAt, title: shops.title, body: shops.body, tags: shops.tags, published: false });
    expect((await ask("parcels", "where can I collect my parcel")).map((m) => m.text)).toEqual(["No article matched.", "Bye."]);
  });

  it("the builder's article picker lists every article, drafts marked, and none deleted", async () => {
    const morgan = await demoAdmin();
    const draft = await create(morgan, { title: "Aardvark care (draft)", published: false });
    const doomed = await create(morgan, { title: "Aardvark food" });
    await kb(morgan, "delete", { articleId: doomed.id });
    const flow = await db().flow.findFirstOrThrow({ where: { workspaceId: morgan.workspaceId, slug: "acme" } });
    const editor = await callTrpc({ db: db(), viewer: morgan }, "flows.get", { flowId: flow.id }, "query");
    const articles = (editor.data as { articles: { id: string; title: string; published: boolean }[] }).articles;
    expect(articles[0]).toEqual({ id: draft.id, title: "Aardvark care (draft)", published: false });
    expect(articles.map((a) => a.title)).not.toContain("Aardvark food");
    expect(articles.filter((a) => a.published)).toHaveLength(12);
  });
});
