import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import type { TurnResponse } from "@/server/realtime/stream-events/turn-response-schema";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { callTrpc } from "../helpers/call-trpc";
import { INHERITED_NAMES, keyFlow, LEAKED, VARIABLE_NAMES } from "../helpers/inherited-names";
import { setupInbox, type Session } from "./inbox-harness";

/**
 * Issue #13: a customer message "constructor" was a 500. Every name every
 * object inherits, through the real services on the database: the chat API
 * and its turn service, flow import and publishing (tRPC and REST), canned
 * replies, priority rules and team settings. Never a 5xx; a refusal is a
 * 400 that says why; nothing inherited shows up in what people read.
 */
const t = setupInbox();

type Reply = { status: number; body: Partial<TurnResponse> & { error?: { message: string } } };
const trpc = <T = unknown>(who: Viewer, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") =>
  callTrpc({ db: t.api.test.db, viewer: who }, path, input, kind) as Promise<{ status: number; data: T | undefined; error?: { message: string } }>;

function expectClean(reply: Reply) {
  expect(reply.status).toBeLessThan(500);
  expect(JSON.stringify(reply.body)).not.toMatch(LEAKED);
}

describe("names every object inherits, through the real services", () => {
  it("the demo flow answers each as a message, a message id and a pressed choice — never a 500", async () => {
    for (const name of INHERITED_NAMES) {
      const session = await t.start();
      // As the message id too: a retry gets the same answer.
      const first = (await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
        token: session.token,
        body: { clientMessageId: name, text: name },
      })) as Reply;
      expect(first.status).toBe(200);
      const retried = await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
        token: session.token,
        body: { clientMessageId: name, text: name },
      });
      expect(retried.body).toEqual(first.body);
      for (const text of [`my ${name} is broken`, `${name} pls talk to a ${name}`]) {
        const reply = (await t.say(session, text)) as Reply;
        expect(reply.status).toBe(200);
        expectClean(reply);
        expect(reply.body.messages!.some((message) => message.author === "bot")).toBe(true);
      }
      expectClean(
        (await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
          token: session.token,
          body: { clientMessageId: `c-${name}`, choice: name },
        })) as Reply,
      );
      expectClean({ status: 200, body: await t.transcript(session) });
    }
  });

  it("a flow whose node ids, intents, examples, variables, templates, JSON paths and team ids are such names imports, publishes and chats", async () => {
    const { morgan } = await t.people();
    const billing = (await t.api.test.db.team.findFirstOrThrow({ where: { workspaceId: morgan.workspaceId, name: "Billing" } })).id;
    const document = keyFlow(() => billing);

    const imported = await trpc<{ id: string }>(morgan, "flows.importDocument", { name: "Inherited", text: JSON.stringify(document) });
    expect(imported.status).toBe(200);
    const published = await trpc<{ slug: string }>(morgan, "flows.publish", { flowId: imported.data!.id });
    expect(published.status).toBe(200);
    // The editor opens it (the builder's own lookups run in the browser: tests/unit/prototype-keys.test.ts).
    expect((await trpc(morgan, "flows.get", { flowId: imported.data!.id }, "query")).status).toBe(200);

    for (const name of INHERITED_NAMES) {
      const started = (await t.api.json("POST", `/api/v1/chat/${published.data!.slug}/sessions`)) as Reply & { body: Session };
      expect(started.status).toBe(201);
      expectClean(started);
      for (const text of [name, name, `my ${name} is broken`]) expectClean((await t.say(started.body, text)) as Reply);
      const transcript = await t.transcript(started.body);
      expect(transcript.messages.filter((message) => message.author === "bot").map((message) => message.text)).toEqual([
        "Name?",
        expect.stringMatching(new RegExp(`^What now\\? constructor=${name} __proto__= toString=${name}!`)),
        expect.stringMatching(/^Team (Billing|support), intent\b/),
        `Bye ${name}`,
      ]);
    }

    // The builder's preview carries the state (variables named so) to the server and back.
    let state: unknown = null;
    const previewTexts: string[] = [];
    for (const input of [{ kind: "start" }, { kind: "message", text: "constructor" }, { kind: "message", text: "toString" }]) {
      const turn = await trpc<{ state: unknown; messages: { text: string }[] }>(morgan, "flows.preview", {
        draft: document,
        state,
        input,
        agents: "available",
      });
      expect(turn.status, turn.error?.message).toBe(200);
      state = turn.data!.state;
      previewTexts.push(...turn.data!.messages.map((message) => message.text));
    }
    expect(state).toMatchObject({ variables: { constructor: "constructor", toString: "constructor!" } });
    expect(previewTexts.join("\n")).not.toMatch(LEAKED);

    // The same document through the workspace REST API.
    const { secret: token } = await createApiTokenForAdmin(t.api.test.db, { email: "admin@acme.test", name: "ci" });
    const viaRest = await t.api.json<{ id: string }>("POST", "/api/v1/flows", { token, body: { name: "Inherited (REST)", document } });
    expect(viaRest.status).toBe(201);
    expect((await t.api.json("POST", `/api/v1/flows/${viaRest.body.id}/publish`, { token })).status).toBe(200);
  });

  it("a variable named __proto__ (it could never hold a value) is refused at import with a message, not a 500", async () => {
    const { morgan } = await t.people();
    const document = keyFlow();
    document.settings.variables.push({ name: "__proto__", description: "" });
    const imported = await trpc(morgan, "flows.importDocument", { name: "Proto", text: JSON.stringify(document) });
    expect(imported.status).toBe(400);
    expect(JSON.stringify(imported.error)).toMatch(/__proto__ is reserved; choose another name/);
  });

  it("canned replies with such shortcuts and placeholders; the agent's placeholders hold only what the bot collected", async () => {
    const { sam, morgan } = await t.people();
    for (const name of INHERITED_NAMES) {
      const created = await trpc(morgan, "cannedReplies.create", { shortcut: name, title: name, text: `{{${name}}} and {{constructor}}` });
      if (name === "__proto__") {
        expect(created.status).toBe(400);
        expect(created.error!.message).toMatch(/lower-case letters, digits and dashes/);
      } else expect(created.status, created.error?.message).toBe(200);
    }
    const listed = await trpc<{ shortcut: string; text: string }[]>(morgan, "cannedReplies.list", undefined, "query");
    expect(listed.data!.map((reply) => reply.shortcut)).toEqual(expect.arrayContaining(["constructor", "tostring", "hasownproperty", "valueof", "prototype"]));

    await t.online(sam);
    const session = await t.queued();
    await t.api.test.db.conversation.update({ where: { id: session.sessionId }, data: { variables: { constructor: "Dana", valueOf: 3 } } });
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    const opened = await t.inbox<{ replyPlaceholders: Record<string, string> }>(sam, "conversation", { conversationId: session.sessionId }, "query");
    expect(opened.status, opened.error?.message).toBe(200);
    expect(opened.data!.replyPlaceholders).toMatchObject({ constructor: "Dana", valueOf: "3", agent_name: "Sam Carter" });
    expect(Object.keys(opened.data!.replyPlaceholders)).not.toContain("toString");
    const picker = await t.inbox<{ shortcut: string }[]>(sam, "cannedReplies", undefined, "query");
    expect(picker.status).toBe(200);
    expect((await t.inbox(sam, "send", { conversationId: session.sessionId, text: "constructor" })).status).toBeLessThan(500);
  });

  it("priority rules on such variables and values save, and score a queued conversation by what it holds", async () => {
    const { sam, morgan } = await t.people();
    const rules = VARIABLE_NAMES.map((name, i) => ({ id: `r${i}`, kind: "variable", variable: name, operator: "equals", value: name, boost: 10 + i }));
    const saved = await trpc(morgan, "priorityRules.save", { rules });
    expect(saved.status).toBe(200);
    const refused = await trpc(morgan, "priorityRules.save", {
      rules: [{ id: "p", kind: "variable", variable: "__proto__", operator: "is_set", value: "", boost: 1 }],
    });
    expect(refused.status).toBe(400);

    await t.online(sam);
    const session = await t.start();
    await t.api.test.db.$executeRawUnsafe(
      `UPDATE "Conversation" SET "state" = jsonb_set("state", '{variables}', $2::jsonb) WHERE "id" = $1`,
      session.sessionId,
      JSON.stringify({ toString: "toString", valueOf: "nope" }),
    );
    expect((await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token })).status).toBe(200);
    expect((await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).priority).toBe(11);
  });

  it("teams and knowledge-base searches named so", async () => {
    const { morgan } = await t.people();
    for (const name of INHERITED_NAMES) {
      const created = await trpc(morgan, "teams.create", { name });
      expect(created.status, created.error?.message).toBe(200);
      const search = await trpc(morgan, "knowledgeBase.trySearch", { question: `${name} help` }, "query");
      expect(search.status, search.error?.message).toBe(200);
      const article = await trpc(morgan, "knowledgeBase.create", { title: name, body: `About ${name}.`, tags: [name], published: true });
      expect(article.status, article.error?.message).toBe(200);
    }
    const teams = await trpc<{ name: string }[]>(morgan, "teams.list", undefined, "query");
    expect(teams.data!.map((team) => team.name)).toEqual(expect.arrayContaining([...INHERITED_NAMES]));
  });
});
