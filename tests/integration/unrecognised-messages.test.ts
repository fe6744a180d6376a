import { describe, expect, it } from "vitest";
import { changeExamplePhrase } from "@/server/analytics/unrecognised/change-example-phrase";
import { dismissUnrecognised } from "@/server/analytics/unrecognised/dismiss-unrecognised";
import { listUnrecognised } from "@/server/analytics/unrecognised/list-unrecognised";
import { readStoredDraft } from "@/server/flows/read-stored-draft";
import { previewFlowTurn } from "@/server/flows/preview-flow-turn";
import { OFFICE_HOURS, setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";

const api = setupApi();
type Started = { sessionId: string; token: string };
const later = new Date(OFFICE_HOURS.getTime() + 3_600_000);

async function conversationSaying(text: string): Promise<string> {
  const session = (await api.json<Started>("POST", "/api/v1/chat/acme/sessions")).body;
  const sent = await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body: { clientMessageId: "m1", text } });
  expect(sent.status).toBe(200);
  return session.sessionId;
}
async function demo() {
  const flow = await api.test.db.flow.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true, workspaceId: true } });
  const admin = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" }, select: { id: true } });
  return { ...flow, adminId: admin.id };
}

describe("what the bot didn't understand", () => {
  it("groups messages by similar wording with counts and their conversations; dismissing hides a wording until restored", async () => {
    const first = await conversationSaying("blorp zing");
    const second = await conversationSaying("Blorp   zing?");
    const third = await conversationSaying("hi, blorp zing please");
    const other = await conversationSaying("quux snork");
    await conversationSaying("where is my order"); // understood: not listed
    const { id: flowId, workspaceId, adminId } = await demo();

    const list = await listUnrecognised(api.test.db, workspaceId, { days: 7 }, later);
    expect(list.groups.map((group) => [group.phraseKey, group.count, group.conversations])).toEqual([
      ["blorp zing", 3, 3],
      ["quux snork", 1, 1],
    ]);
    const blorp = list.groups[0]!;
    expect(blorp).toMatchObject({ flowId, flowName: expect.any(String) });
    expect(blorp.samples.map((sample) => sample.conversationId)).toEqual([third, second, first]);
    expect(blorp.samples.map((sample) => sample.text)).toEqual(["hi, blorp zing please", "Blorp   zing?", "blorp zing"]);
    expect(list.groups[1]!.samples).toEqual([{ conversationId: other, text: "quux snork", guess: null }]);
    const understand = list.flows.find((flow) => flow.id === flowId)!.targets;
    expect(understand.map((target) => target.nodeId)).toEqual(["understand"]);
    expect(understand[0]!.intents.map((intent) => intent.id)).toContain("order_status");

    await dismissUnrecognised(api.test.db, workspaceId, { flowId, phraseKey: "quux snork" }, adminId, true);
    await dismissUnrecognised(api.test.db, workspaceId, { flowId, phraseKey: "quux snork" }, adminId, true); // twice is fine
    expect((await listUnrecognised(api.test.db, workspaceId, { days: 7 }, later)).groups.map((group) => group.phraseKey)).toEqual(["blorp zing"]);
    await dismissUnrecognised(api.test.db, workspaceId, { flowId, phraseKey: "quux snork" }, adminId, false);
    expect((await listUnrecognised(api.test.db, workspaceId, { days: 7 }, later)).groups).toHaveLength(2);
    // Outside the period: nothing.
    expect((await listUnrecognised(api.test.db, workspaceId, { days: 7 }, new Date(OFFICE_HOURS.getTime() + 8 * 86_400_000))).groups).toEqual([]);
  });

  it("adds a message as an example phrase of an intent in the draft (the published flow is untouched); Preview then classifies it; Undo removes it", async () => {
    await conversationSaying("blorp zing");
    const { id: flowId, workspaceId, adminId } = await demo();
    const before = await api.test.db.flow.findUniqueOrThrow({
      where: { id: flowId },
      select: { draftVersion: true, publishedVersion: { select: { document: true } } },
    });

    const added = await changeExamplePhrase(
      api.test.db,
      workspaceId,
      { flowId, nodeId: "understand", intentId: "order_status", text: "blorp zing" },
      adminId,
      "add",
    );
    expect(added).toMatchObject({ changed: true, draftVersion: before.draftVersion + 1, intentName: "Order status" });
    const again = await changeExamplePhrase(
      api.test.db,
      workspaceId,
      { flowId, nodeId: "understand", intentId: "order_status", text: "Blorp zing" },
      adminId,
      "add",
    );
    expect(again.changed).toBe(false);

    const after = await api.test.db.flow.findUniqueOrThrow({
      where: { id: flowId },
      select: { draft: true, publishedVersion: { select: { document: true } } },
    });
    expect(after.publishedVersion!.document).toEqual(before.publishedVersion!.document);
    const draft = readStoredDraft(after.draft);
    expect(JSON.stringify(draft)).toContain("blorp zing");
    // Taught: the wording leaves the list.
    expect((await listUnrecognised(api.test.db, workspaceId, { flowId, days: 7 }, later)).groups).toEqual([]);

    const runtime = api.runtime;
    const started = await previewFlowTurn(runtime, workspaceId, { draft, state: null, input: { kind: "start" }, agents: "available" });
    const reply = await previewFlowTurn(runtime, workspaceId, {
      draft,
      state: started.state,
      input: { kind: "message", text: "blorp zing" },
      agents: "available",
    });
    expect(reply.state.intent).toMatchObject({ id: "order_status" });

    await changeExamplePhrase(api.test.db, workspaceId, { flowId, nodeId: "understand", intentId: "order_status", text: "blorp zing" }, adminId, "remove");
    expect(JSON.stringify((await api.test.db.flow.findUniqueOrThrow({ where: { id: flowId }, select: { draft: true } })).draft)).not.toContain("blorp zing");
    expect((await listUnrecognised(api.test.db, workspaceId, { flowId, days: 7 }, later)).groups.map((group) => group.phraseKey)).toEqual(["blorp zing"]);
  });

  it("refuses unknown steps and intents, other workspaces, and agents", async () => {
    await conversationSaying("blorp zing");
    const { id: flowId, workspaceId, adminId } = await demo();
    await expect(
      changeExamplePhrase(api.test.db, workspaceId, { flowId, nodeId: "greet", intentId: "order_status", text: "x" }, adminId, "add"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeExamplePhrase(api.test.db, workspaceId, { flowId, nodeId: "understand", intentId: "nope", text: "x" }, adminId, "add"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const elsewhere = await makeWorkspace(api.test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Bo", role: "AGENT" },
    ]);
    const [outsider, agent] = elsewhere.viewers;
    const listed = await callTrpc({ db: api.test.db, viewer: outsider! }, "flowAnalytics.unrecognised", { days: 7 }, "query");
    expect(listed.status).toBe(200);
    expect((listed.data as { groups: unknown[] }).groups).toEqual([]);
    const foreign = await callTrpc({ db: api.test.db, viewer: outsider! }, "flowAnalytics.addExample", {
      flowId,
      nodeId: "understand",
      intentId: "order_status",
      text: "x",
    });
    expect(foreign.status).toBe(404);
    const overlay = await callTrpc({ db: api.test.db, viewer: outsider! }, "flowAnalytics.overlay", { flowId, days: 7 }, "query");
    expect(overlay.status).toBe(404);
    expect((await callTrpc({ db: api.test.db, viewer: agent! }, "flowAnalytics.unrecognised", { days: 7 }, "query")).status).toBe(403);
    expect((await callTrpc({ db: api.test.db, viewer: outsider! }, "flowAnalytics.overlay", { flowId, days: 12 }, "query")).status).toBe(400);
  });
});
