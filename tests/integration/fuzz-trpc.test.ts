import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { loadViewer } from "@/server/auth/load-viewer";
import type { Viewer } from "@/server/auth/viewer";
import { buildFlowTemplate } from "@/server/flow/templates/build-flow-template";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { fuzzOptions } from "../helpers/fuzz-options";
import { nastyJson, nastyString, nearlyValidBody, poisonedString } from "../helpers/nasty-input";

// Every tRPC procedure (every settings form, flow save and import) through tRPC's real fetch adapter as an
// admin: garbage input is a 4xx with a code, never a 500; a NUL or lone surrogate is refused at the door
// (server/api/trpc.ts) as a field error the form can show. Fixed seed: tests/helpers/fuzz-options.ts.
const api = setupApi();

type ProcedureMap = Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
const procedures = Object.entries((appRouter._def as unknown as { procedures: ProcedureMap }).procedures)
  .filter(([, procedure]) => procedure._def.type !== "subscription")
  .map(([path, procedure]) => ({ path, kind: procedure._def.type as "query" | "mutation" }));

/** The keys the app's inputs use, so random objects sometimes come close to a real input. */
const KEYS = [
  "name",
  "text",
  "title",
  "body",
  "shortcut",
  "tags",
  "teamId",
  "flowId",
  "email",
  "role",
  "url",
  "events",
  "rules",
  "draft",
  "query",
  "conversationId",
  "membershipId",
  "status",
];

async function admin(): Promise<Viewer> {
  const user = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
  return (await loadViewer(api.test.db, user.id))!;
}

function expectNoServerError(result: Awaited<ReturnType<typeof callTrpc>>, what: string) {
  expect(result.status, `${what} → ${result.status} ${JSON.stringify(result.error)?.slice(0, 300)}`).toBeLessThan(500);
  if (result.status >= 400) expect(typeof result.error?.data.code, what).toBe("string");
}

describe("fuzzing the tRPC inputs", () => {
  it(`${procedures.length} procedures: any input is a 4xx with a code, never a 500`, async () => {
    const viewer = await admin();
    const input = fc.oneof(nastyJson, fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(nastyString, nastyJson), { maxKeys: 4 }), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...procedures), input, async ({ path, kind }, value) => {
        const result = await callTrpc({ db: api.test.db, viewer }, path, value, kind, { raw: true });
        expectNoServerError(result, `${path}(${JSON.stringify(value)?.slice(0, 200)})`);
      }),
      fuzzOptions(300),
    );
  });

  it("a NUL or lone surrogate in any field of a settings form is refused naming that field, and nothing is saved", async () => {
    const viewer = await admin();
    const forms: [string, Record<string, fc.Arbitrary<unknown>>][] = [
      ["teams.create", { name: fc.constant("Returns") }],
      ["cannedReplies.create", { shortcut: fc.constant("refund"), title: fc.constant("Refund"), text: fc.constant("We have refunded you.") }],
      ["knowledgeBase.create", { title: fc.constant("Returns"), body: fc.constant("Send it back within 30 days."), tags: fc.constant(["returns"]) }],
      ["flows.create", { name: fc.constant("New flow"), templateId: fc.constant("blank") }],
      ["apiTokens.create", { name: fc.constant("deploy") }],
    ];
    const poisoned = fc
      .constantFrom(...forms)
      .chain(([path, fields]) => fc.tuple(fc.constant(path), fc.record(fields), fc.constantFrom(...Object.keys(fields)), poisonedString));
    await fc.assert(
      fc.asyncProperty(poisoned, async ([path, valid, field, bad]) => {
        const before = await counts();
        const value = Array.isArray(valid[field]) ? [bad] : bad;
        const result = await callTrpc({ db: api.test.db, viewer }, path, { ...valid, [field]: value }, "mutation");
        expect(result.status, `${path} ${field}`).toBe(400);
        const error = result.error as unknown as { data: { fieldErrors: Record<string, string[]> | null } };
        expect(error.data.fieldErrors?.[field]?.[0], `${path} ${field}`).toMatch(/NUL|broken character/);
        expect(await counts()).toEqual(before);
      }),
      fuzzOptions(40),
    );
  });

  it("a flow draft saved with a NUL in a node's text is refused naming the node's field, as the builder shows problems", async () => {
    const viewer = await admin();
    const flow = await api.test.db.flow.findFirstOrThrow();
    const draft = buildFlowTemplate("graduated_escalation", { primary: "", secondary: "" }) as unknown as { nodes: { data: Record<string, unknown> }[] };
    const index = draft.nodes.findIndex((node) => "text" in node.data);
    draft.nodes[index]!.data.text = "Hello\u0000";
    const saved = await callTrpc({ db: api.test.db, viewer }, "flows.saveDraft", { flowId: flow.id, draft, expectedDraftVersion: 0 }, "mutation");
    expect(saved.status).toBe(400);
    const issues = (saved.error as unknown as { data: { issues: { path: string; message: string }[] } }).data.issues;
    expect(issues).toEqual([{ path: `draft.nodes.${index}.data.text`, message: expect.stringContaining("NUL") }]);
  });

  it("nearly-valid settings with hostile values (prototype keys, huge numbers, wrong types) are a 4xx", async () => {
    const viewer = await admin();
    const team = await api.test.db.team.findFirstOrThrow();
    const cases: [string, Record<string, fc.Arbitrary<unknown>>][] = [
      ["teams.update", { teamId: fc.constant(team.id), name: fc.constant("Billing"), maxWaitSeconds: fc.constant(300) }],
      ["teams.setHours", { teamId: fc.constant(team.id), timeZone: fc.constant("Europe/London"), weekly: fc.constant([]), holidays: fc.constant([]) }],
      ["priorityRules.save", { rules: fc.constant([]) }],
      ["knowledgeBase.list", { query: fc.constant("refund") }],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases).chain(([path, fields]) => fc.tuple(fc.constant(path), nearlyValidBody(fields))),
        async ([path, value]) => {
          const kind = procedures.find((procedure) => procedure.path === path)?.kind ?? "mutation";
          expectNoServerError(await callTrpc({ db: api.test.db, viewer }, path, value, kind, { raw: true }), `${path}(${JSON.stringify(value).slice(0, 200)})`);
        },
      ),
      fuzzOptions(80),
    );
  });
});

async function counts() {
  const db = api.test.db;
  return {
    teams: await db.team.count(),
    replies: await db.cannedReply.count(),
    articles: await db.knowledgeArticle.count(),
    flows: await db.flow.count(),
    tokens: await db.apiToken.count(),
  };
}
