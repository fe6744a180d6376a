import { beforeEach, describe, expect, it } from "vitest";
import { setPublicApi } from "@/server/api/rest/public-api";
import type { Viewer } from "@/server/auth/viewer";
import type { Runtime } from "@/server/runtime/runtime";
import { startChat } from "@/server/conversations/start-chat";
import { TtlCache } from "@/server/runtime/ttl-cache";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { buildFlowTemplate } from "@/server/flow/templates/build-flow-template";
import { flowTemplates } from "@/server/flow/templates/flow-templates";
import { validateDraft } from "@/server/flow/validate-draft";
import { listFlowsForAdmin } from "@/server/flows/list-flows-for-admin";
import { EmbeddedNlu } from "@/server/nlu/embedded-nlu";
import { LocalEventBus } from "@/server/realtime/local-event-bus";
import { callTrpc } from "../helpers/call-trpc";
import { testPublicApi } from "../helpers/test-public-api";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();
const clock = { now: new Date("2026-11-23T10:00:00Z") };
let runtime: Runtime;

beforeEach(() => {
  clock.now = new Date("2026-11-23T10:00:00Z");
  runtime = {
    db: test.db,
    bus: new LocalEventBus(),
    nlu: new EmbeddedNlu(),
    llm: null,
    http: { request: async () => ({ ok: true, status: 200, json: {} }) },
    now: () => clock.now,
    log: () => {},
    cache: new TtlCache(),
  };
  setPublicApi(testPublicApi(runtime));
});

type Problem = { code: string; message: string; nodeId?: string; severity: string };
type ErrorData = { code: string; details: Record<string, unknown> | null; problems: Problem[] | null; fieldErrors: Record<string, string[]> | null };

/** A workspace with two admins, an agent online in both teams, and typed tRPC calls as each of them. */
async function setup() {
  const { workspace, viewers } = await makeWorkspace(test.db, [
    { name: "Ada", role: "ADMIN" },
    { name: "Bo", role: "ADMIN" },
    { name: "Sam", role: "AGENT" },
  ]);
  const [ada, bo, sam] = viewers as [Viewer, Viewer, Viewer];
  const billing = await test.db.team.create({ data: { workspaceId: workspace.id, name: "Billing" } });
  const support = await test.db.team.create({ data: { workspaceId: workspace.id, name: "Support" } });
  await test.db.membership.update({ where: { id: sam.membershipId }, data: { presence: "ONLINE" } });
  for (const team of [billing, support]) await test.db.teamMember.create({ data: { teamId: team.id, membershipId: sam.membershipId } });
  const as =
    (viewer: Viewer) =>
    async <T = Record<string, unknown>>(path: string, input?: unknown, kind: "query" | "mutation" = "mutation") => {
      const result = await callTrpc({ db: test.db, viewer }, `flows.${path}`, input, kind);
      return { status: result.status, data: result.data as T, error: result.error as { message: string; data: ErrorData } | undefined };
    };
  const teams = { primary: billing.id, secondary: support.id };
  return { workspace, ada: as(ada), bo: as(bo), sam: as(sam), teams, teamIds: [billing.id, support.id] };
}

type Editor = {
  flow: {
    id: string;
    slug: string;
    name: string;
    draft: FlowDraft;
    draftVersion: number;
    publishedVersion: number | null;
    hasUnpublishedChanges: boolean;
    updatedByName: string | null;
  };
  versions: { id: string; number: number; publishedByName: string | null }[];
  teams: { id: string; name: string }[];
};
type Created = { id: string; name: string; slug: string };

describe("flows: list, create, duplicate, rename, delete", () => {
  it("lists each flow's status, last editor, node count and conversations of the last 7 days", async () => {
    const { workspace, ada, bo } = await setup();
    const live = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    const edited = (await ada<Created>("create", { name: "Sales", templateId: "lead_qualification" })).data;
    const draftOnly = (await bo<Created>("create", { name: "Scratch", templateId: "blank" })).data;
    for (const flow of [live, edited]) expect((await ada("publish", { flowId: flow.id })).status).toBe(200);
    const opened = (await bo<Editor>("get", { flowId: edited.id }, "query")).data.flow;
    await bo("saveDraft", { flowId: edited.id, draft: { ...opened.draft, nodes: opened.draft.nodes.slice(0, -1) }, expectedDraftVersion: opened.draftVersion });

    clock.now = new Date("2026-11-10T10:00:00Z");
    await startChat(runtime, live.slug);
    clock.now = new Date("2026-11-20T10:00:00Z");
    await startChat(runtime, live.slug);
    await startChat(runtime, live.slug);
    await startChat(runtime, edited.slug);

    const list = await listFlowsForAdmin(test.db, workspace.id, new Date("2026-11-23T10:00:00Z"));
    const byId = new Map(list.map((flow) => [flow.id, flow]));
    expect(byId.get(live.id)).toMatchObject({
      name: "Support",
      publishedVersion: 1,
      hasUnpublishedChanges: false,
      conversationsLast7Days: 2,
      hasConversations: true,
      updatedByName: "Ada",
      nodeCount: 13,
    });
    expect(byId.get(edited.id)).toMatchObject({
      publishedVersion: 1,
      hasUnpublishedChanges: true,
      conversationsLast7Days: 1,
      updatedByName: "Bo",
      nodeCount: 11,
    });
    expect(byId.get(draftOnly.id)).toMatchObject({
      publishedVersion: null,
      hasUnpublishedChanges: true,
      conversationsLast7Days: 0,
      hasConversations: false,
      updatedByName: "Bo",
      nodeCount: 1,
    });

    const viaTrpc = await ada<{ id: string; updatedAt: Date }[]>("list", undefined, "query");
    expect(viaTrpc.status).toBe(200);
    expect(viaTrpc.data.map((flow) => flow.id).sort()).toEqual([live.id, edited.id, draftOnly.id].sort());
    expect(viaTrpc.data[0]!.updatedAt).toBeInstanceOf(Date);
  });

  it("creates a flow from every template, wired to the workspace's teams", async () => {
    const { ada, teams, teamIds } = await setup();
    const templates = await ada<{ id: string; name: string; description: string }[]>("templates", undefined, "query");
    expect(templates.data.map((template) => template.id)).toEqual(flowTemplates.map((template) => template.id));
    for (const { id } of templates.data) {
      const created = await ada<Created>("create", { name: `  From ${id}  `, templateId: id });
      expect(created.status, id).toBe(200);
      expect(created.data.name).toBe(`From ${id}`);
      expect(created.data.slug).toMatch(/^from-[a-z-]+-[0-9a-f]{6}$/);
      const { flow } = (await ada<Editor>("get", { flowId: created.data.id }, "query")).data;
      expect(flow).toMatchObject({ draftVersion: 1, publishedVersion: null, updatedByName: "Ada" });
      expect(flow.draft.nodes.length).toBe(buildFlowTemplate(id as never, teams).nodes.length);
      const errors = validateDraft(flow.draft, { teamIds }).problems.filter((p) => p.severity === "error");
      expect(
        errors.map((p) => p.code),
        id,
      ).toEqual(id === "blank" ? ["unconnected_port"] : []);
    }
    const unknown = await ada("create", { name: "X", templateId: "nope" });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors?.templateId).toBeTruthy();
  });

  it("duplicates a flow as an unpublished copy with its own link", async () => {
    const { ada } = await setup();
    const source = (await ada<Created>("create", { name: "Support", templateId: "after_hours_callback" })).data;
    await ada("publish", { flowId: source.id });
    const copy = await ada<Created>("duplicate", { flowId: source.id });
    expect(copy.data.name).toBe("Copy of Support");
    expect(copy.data.slug).not.toBe(source.slug);
    const [original, duplicate] = await Promise.all([source.id, copy.data.id].map(async (flowId) => (await ada<Editor>("get", { flowId }, "query")).data));
    expect(duplicate!.flow.draft).toEqual(original!.flow.draft);
    expect(duplicate!.flow.publishedVersion).toBeNull();
    expect(duplicate!.versions).toEqual([]);
  });

  it("renames with a trimmed name of 1–100 characters", async () => {
    const { ada } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "blank" })).data;
    expect((await ada("rename", { flowId: flow.id, name: "  Help desk  " })).data).toEqual({ id: flow.id, name: "Help desk" });
    for (const name of ["   ", "x".repeat(101)]) {
      const refused = await ada("rename", { flowId: flow.id, name });
      expect(refused.status).toBe(400);
      expect(refused.error?.data.fieldErrors?.name?.[0]).toBeTruthy();
    }
    expect((await ada("rename", { flowId: "missing", name: "X" })).status).toBe(404);
    expect((await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow.name).toBe("Help desk");
  });

  it("deletes an unused flow, but archives one with conversations so its link stops taking chats", async () => {
    const { ada } = await setup();
    const unused = (await ada<Created>("create", { name: "Unused", templateId: "graduated_escalation" })).data;
    await ada("publish", { flowId: unused.id });
    expect((await ada("delete", { flowId: unused.id })).data).toEqual({ archived: false });
    expect(await test.db.flow.count({ where: { id: unused.id } })).toBe(0);
    expect(await test.db.flowVersion.count({ where: { flowId: unused.id } })).toBe(0);

    const used = (await ada<Created>("create", { name: "Used", templateId: "graduated_escalation" })).data;
    await ada("publish", { flowId: used.id });
    const chat = await startChat(runtime, used.slug);
    expect((await ada("delete", { flowId: used.id })).data).toEqual({ archived: true });
    expect(await test.db.flow.findUniqueOrThrow({ where: { id: used.id } })).toMatchObject({ archivedAt: expect.any(Date), publishedVersionId: null });
    expect(await test.db.conversation.count({ where: { id: chat.sessionId } })).toBe(1);
    await expect(startChat(runtime, used.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ada<unknown[]>("list", undefined, "query")).data).toEqual([]);
    expect((await ada("get", { flowId: used.id }, "query")).status).toBe(404);
    expect((await ada("delete", { flowId: used.id })).status).toBe(404);
  });
});

describe("flows: saving drafts", () => {
  it("refuses a stale save with CONFLICT naming who saved and the newer version; force overwrites", async () => {
    const { ada, bo } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    const opened = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow;
    const adaDraft = { ...opened.draft, settings: { ...opened.draft.settings, appearance: { botName: "Ada's bot", color: "#2952d9" } } };
    const boDraft = { ...opened.draft, settings: { ...opened.draft.settings, appearance: { botName: "Bo's bot", color: "#2952d9" } } };

    const saved = await ada<{ draftVersion: number; updatedAt: Date }>("saveDraft", { flowId: flow.id, draft: adaDraft, expectedDraftVersion: 1 });
    expect(saved.status).toBe(200);
    expect(saved.data.draftVersion).toBe(2);
    expect(saved.data.updatedAt).toBeInstanceOf(Date);

    const stale = await bo("saveDraft", { flowId: flow.id, draft: boDraft, expectedDraftVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/^Ada saved a newer version of this draft at .+ UTC\. Reload to see their changes, or overwrite them with yours\.$/);
    expect(stale.error?.data.details).toMatchObject({ draftVersion: 2, updatedByName: "Ada", updatedAt: saved.data.updatedAt.toISOString() });
    expect((await bo<Editor>("get", { flowId: flow.id }, "query")).data.flow.draft.settings.appearance.botName).toBe("Ada's bot");

    const forced = await bo<{ draftVersion: number }>("saveDraft", { flowId: flow.id, draft: boDraft, expectedDraftVersion: 1, force: true });
    expect(forced.data.draftVersion).toBe(3);
    const after = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow;
    expect(after).toMatchObject({ draftVersion: 3, updatedByName: "Bo" });
    expect(after.draft.settings.appearance.botName).toBe("Bo's bot");
  });

  it("two concurrent saves from the same version: exactly one wins", async () => {
    const { ada, bo } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "lead_qualification" })).data;
    const { draft } = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow;
    const results = await Promise.all([ada, bo, ada, bo].map((save) => save("saveDraft", { flowId: flow.id, draft, expectedDraftVersion: 1 })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409, 409]);
    expect((await test.db.flow.findUniqueOrThrow({ where: { id: flow.id } })).draftVersion).toBe(2);
  });

  it("refuses a draft over 2 MB and changes nothing", async () => {
    const { ada } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "blank" })).data;
    const { draft } = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow;
    const huge = { ...draft, nodes: [...draft.nodes, { id: "big", type: "message", position: { x: 0, y: 0 }, data: { text: "x".repeat(2.2 * 1024 * 1024) } }] };
    const refused = await ada("saveDraft", { flowId: flow.id, draft: huge, expectedDraftVersion: 1 });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toBe("This flow is too large (2.2 MB; the limit is 2 MB).");
    const row = await test.db.flow.findUniqueOrThrow({ where: { id: flow.id } });
    expect(row.draftVersion).toBe(1);
    expect(row.draft).toEqual(draft);
  });
});

describe("flows: import, publish, versions", () => {
  it.each([
    ["not JSON", "{ this is not json", "This file is not JSON.", /could not be read as JSON/],
    ["a newer format version", JSON.stringify({ version: 2, nodes: [], edges: [] }), /isn't a flow Tandem can open/, /newer than this Tandem understands/],
    [
      "an unknown node type",
      JSON.stringify({ version: 1, nodes: [{ id: "a", type: "teleport", position: { x: 0, y: 0 }, data: {} }], edges: [] }),
      /isn't a flow/,
      /Unknown node type/,
    ],
    [
      "a schema error",
      JSON.stringify({ version: 1, nodes: [{ id: "m", type: "message", position: { x: 0, y: 0 }, data: { text: 42 } }], edges: [] }),
      /isn't a flow/,
      /nodes\.0\.data\.text/,
    ],
  ])("refuses an import that is %s with its problems, creating nothing", async (_what, text, message, problem) => {
    const { ada } = await setup();
    const result = await ada("importDocument", { name: "Imported", text });
    expect(result.status).toBe(400);
    expect(result.error?.message).toMatch(message);
    expect(result.error?.data.problems?.length).toBeGreaterThan(0);
    expect(result.error?.data.problems?.map((p) => p.message).join(" ")).toMatch(problem);
    expect(await test.db.flow.count()).toBe(0);
  });

  it("imports an exported flow as a new draft", async () => {
    const { ada } = await setup();
    const source = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    const exported = await ada<{ fileName: string; document: unknown }>("exportDocument", { flowId: source.id }, "query");
    expect(exported.data.fileName).toBe(`${source.slug}.json`);
    const imported = await ada<Created>("importDocument", { name: "Imported", text: JSON.stringify(exported.data.document, null, 2) });
    expect(imported.status).toBe(200);
    const [a, b] = await Promise.all([source.id, imported.data.id].map(async (flowId) => (await ada<Editor>("get", { flowId }, "query")).data.flow.draft));
    expect(b).toEqual(a);
  });

  it("refuses to publish with the problem list, then publishes once fixed", async () => {
    const { ada, teams } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "blank" })).data;
    const refused = await ada("publish", { flowId: flow.id });
    expect(refused.status).toBe(400);
    expect(refused.error?.data.problems).toEqual([expect.objectContaining({ severity: "error", code: "unconnected_port", nodeId: "start" })]);

    const fixed = buildFlowTemplate("after_hours_callback", teams);
    const halfWritten = { ...fixed, nodes: fixed.nodes.map((node) => (node.id === "greet" ? { ...node, data: { text: "" } } : node)) };
    await ada("saveDraft", { flowId: flow.id, draft: halfWritten, expectedDraftVersion: 1 });
    const stillRefused = await ada("publish", { flowId: flow.id });
    expect(stillRefused.error?.data.problems).toEqual([expect.objectContaining({ code: "invalid_field", nodeId: "greet", field: "text" })]);
    expect(await test.db.flowVersion.count()).toBe(0);

    await ada("saveDraft", { flowId: flow.id, draft: fixed, expectedDraftVersion: 2 });
    const published = await ada("publish", { flowId: flow.id });
    expect(published.status).toBe(200);
    expect(published.data).toEqual({ slug: flow.slug, version: 1 });
    const editor = (await ada<Editor>("get", { flowId: flow.id }, "query")).data;
    expect(editor.flow).toMatchObject({ publishedVersion: 1, hasUnpublishedChanges: false });
    expect(editor.versions).toEqual([expect.objectContaining({ number: 1, publishedByName: "Ada" })]);
  });

  it("restores an older version into the draft, leaving the live version alone", async () => {
    const { ada } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    await ada("publish", { flowId: flow.id });
    const v1 = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow.draft;
    const renamed = { ...v1, settings: { ...v1.settings, appearance: { botName: "Version two", color: "#2952d9" } } };
    await ada("saveDraft", { flowId: flow.id, draft: renamed, expectedDraftVersion: 1 });
    await ada("publish", { flowId: flow.id });
    const { versions } = (await ada<Editor>("get", { flowId: flow.id }, "query")).data;
    expect(versions.map((version) => version.number)).toEqual([2, 1]);

    const restored = await ada<{ draft: FlowDraft; draftVersion: number; restoredVersion: number }>("restoreVersion", {
      flowId: flow.id,
      versionId: versions[1]!.id,
    });
    expect(restored.data).toMatchObject({ draftVersion: 3, restoredVersion: 1 });
    expect(restored.data.draft.settings.appearance.botName).toBe("Assistant");
    const after = (await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow;
    expect(after).toMatchObject({ draftVersion: 3, publishedVersion: 2, hasUnpublishedChanges: true });
    expect(after.draft).toEqual(restored.data.draft);
    expect((await ada("restoreVersion", { flowId: flow.id, versionId: "missing" })).status).toBe(404);
  });

  it("unpublishes: the link stops starting chats, running ones keep their version", async () => {
    const { ada } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    await ada("publish", { flowId: flow.id });
    const chat = await startChat(runtime, flow.slug);
    const pinned = (await test.db.conversation.findUniqueOrThrow({ where: { id: chat.sessionId } })).flowVersionId;
    expect((await ada("unpublish", { flowId: flow.id })).status).toBe(200);
    await expect(startChat(runtime, flow.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await test.db.conversation.findUniqueOrThrow({ where: { id: chat.sessionId } })).flowVersionId).toBe(pinned);
    expect(await test.db.flowVersion.count({ where: { id: pinned } })).toBe(1);
    expect((await ada<Editor>("get", { flowId: flow.id }, "query")).data.flow.publishedVersion).toBeNull();
  });
});

describe("flows: preview", () => {
  it("runs the unsaved draft to a warm handoff with the context package, and writes nothing", async () => {
    const { ada, teams } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "graduated_escalation" })).data;
    await ada("publish", { flowId: flow.id });
    await startChat(runtime, flow.slug);
    const counts = () =>
      Promise.all([test.db.conversation.count(), test.db.message.count(), test.db.event.count(), test.db.handoff.count(), test.db.callback.count()]);
    const before = await counts();

    const draft = buildFlowTemplate("graduated_escalation", teams);
    type Preview = {
      state: unknown;
      messages: { text: string }[];
      effects: { type: string }[];
      waitingNodeId: string | null;
      visitedNodeIds: string[];
      problems: unknown[];
    };
    const first = await ada<Preview>("preview", { draft, state: null, input: { kind: "start" } });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ waitingNodeId: "understand", visitedNodeIds: ["start", "greet", "understand"], problems: [] });
    expect(first.data.messages.map((m) => m.text)).toContain("What can I help you with today?");

    const second = await ada<Preview>("preview", { draft, state: first.data.state, input: { kind: "message", text: "I want to talk to a person" } });
    expect(second.status).toBe(200);
    expect(second.data.waitingNodeId).toBe("handoff");
    expect(second.data.visitedNodeIds).toEqual(["route", "handoff"]);
    expect(second.data.effects).toContainEqual(
      expect.objectContaining({
        type: "handoff",
        kind: "WARM",
        teamId: teams.primary,
        context: expect.objectContaining({ reason: "explicit_request", summary: expect.any(String), lastMessages: ["I want to talk to a person"] }),
      }),
    );
    // The admin can also try the path where nobody can take it.
    const closed = await ada<Preview>("preview", {
      draft,
      state: first.data.state,
      input: { kind: "message", text: "I want to talk to a person" },
      agents: "nobody",
    });
    expect(closed.data.effects.some((effect) => effect.type === "handoff")).toBe(false);
    expect(closed.data.visitedNodeIds).toEqual(["route", "handoff", "callback"]);
    expect(await counts()).toEqual(before);

    const garbled = await ada("preview", { draft, state: { status: "dancing" }, input: { kind: "message", text: "hi" } });
    expect(garbled.status).toBe(400);
    const tooLong = await ada("preview", { draft, state: null, input: { kind: "message", text: "x".repeat(4001) } });
    expect(tooLong.status).toBe(400);
  });
});

describe("flows: access", () => {
  it("answers FORBIDDEN to agents on every procedure and changes nothing", async () => {
    const { ada, sam } = await setup();
    const flow = (await ada<Created>("create", { name: "Support", templateId: "blank" })).data;
    const draft = buildFlowTemplate("blank", { primary: "", secondary: "" });
    const calls: [string, unknown, "query" | "mutation"][] = [
      ["list", undefined, "query"],
      ["templates", undefined, "query"],
      ["create", { name: "X", templateId: "blank" }, "mutation"],
      ["duplicate", { flowId: flow.id }, "mutation"],
      ["rename", { flowId: flow.id, name: "Mine" }, "mutation"],
      ["delete", { flowId: flow.id }, "mutation"],
      ["get", { flowId: flow.id }, "query"],
      ["saveDraft", { flowId: flow.id, draft, expectedDraftVersion: 1 }, "mutation"],
      ["publish", { flowId: flow.id }, "mutation"],
      ["unpublish", { flowId: flow.id }, "mutation"],
      ["restoreVersion", { flowId: flow.id, versionId: "v" }, "mutation"],
      ["importDocument", { name: "X", text: "{}" }, "mutation"],
      ["exportDocument", { flowId: flow.id }, "query"],
      ["preview", { draft, state: null, input: { kind: "start" } }, "mutation"],
    ];
    for (const [path, input, kind] of calls) {
      const result = await sam(path, input, kind);
      expect(result.status, path).toBe(403);
      expect(result.error?.data.code, path).toBe("FORBIDDEN");
    }
    expect(await test.db.flow.findUniqueOrThrow({ where: { id: flow.id } })).toMatchObject({ name: "Support", draftVersion: 1 });
    expect(await test.db.flow.count()).toBe(1);
  });

  it("keeps workspaces apart", async () => {
    const one = await setup();
    const two = await setup();
    const flow = (await one.ada<Created>("create", { name: "Support", templateId: "blank" })).data;
    expect((await two.ada("get", { flowId: flow.id }, "query")).status).toBe(404);
    expect((await two.ada("rename", { flowId: flow.id, name: "Mine" })).status).toBe(404);
    expect((await two.ada("delete", { flowId: flow.id })).status).toBe(404);
    expect((await two.ada<unknown[]>("list", undefined, "query")).data).toEqual([]);
  });
});
