import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { DEFAULT_PRIORITY_RULES, type PriorityRule } from "@/server/handoff/priority-rule-schemas";
import { callTrpc } from "../helpers/call-trpc";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();

type Settings = { rules: PriorityRule[]; variables: string[] };
type Issues = { path: string; message: string }[];

const rulesApi = (who: Viewer, path: "get" | "save", input?: unknown) =>
  callTrpc({ db: t.api.test.db, viewer: who }, `priorityRules.${path}`, input, path === "get" ? "query" : "mutation") as Promise<{
    status: number;
    data: Settings | undefined;
    error?: { message: string; data: { code: string; issues: Issues | null } };
  }>;

/** A chat whose flow collected `variables`, handed to a person with "Talk to a person" (reason `button`). */
async function queuedWith(variables: Record<string, unknown>): Promise<Session> {
  const session = await t.start();
  for (const [name, value] of Object.entries(variables)) {
    await t.api.test.db.$executeRawUnsafe(
      `UPDATE "Conversation" SET "state" = jsonb_set("state", $2::text[], $3::jsonb) WHERE "id" = $1`,
      session.sessionId,
      ["variables", name],
      JSON.stringify(value),
    );
  }
  expect((await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token })).status).toBe(200);
  return session;
}
const priorityOf = async (session: Session) => (await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).priority;

describe("Settings → Priorities", () => {
  it("a workspace starts with the built-in rules (the migration's default), and the variables of its published flows are offered", async () => {
    const { morgan } = await t.people();
    const got = await rulesApi(morgan, "get");
    expect(got.status).toBe(200);
    expect(got.data!.rules).toEqual(DEFAULT_PRIORITY_RULES);
    expect(got.data!.variables).toEqual(expect.arrayContaining(["intent", "customer_name"]));
    expect([...got.data!.variables].sort()).toEqual(got.data!.variables);
  });

  it("saved rules order the queue from the next handoff on: points add up, others wait in arrival order", async () => {
    const { sam, morgan } = await t.people();
    await t.online(sam);
    const rules: PriorityRule[] = [
      { id: "gold", kind: "variable", variable: "plan", operator: "equals", value: "gold", boost: 20 },
      { id: "big", kind: "variable", variable: "order_total", operator: "greater_than", value: "500", boost: 5 },
      { id: "pressed", kind: "reason", reasons: ["button"], boost: 1 },
    ];
    const saved = await rulesApi(morgan, "save", { rules });
    expect(saved.status).toBe(200);
    expect((await rulesApi(morgan, "get")).data!.rules).toEqual(rules);

    const plain = await queuedWith({});
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 1_000);
    const vipOnly = await queuedWith({ vip: true }); // the old built-in rule is gone
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 1_000);
    const big = await queuedWith({ order_total: 900 });
    t.api.clock.now = new Date(t.api.clock.now.getTime() + 1_000);
    const gold = await queuedWith({ plan: "Gold", order_total: 40 });
    expect(await Promise.all([plain, vipOnly, big, gold].map(priorityOf))).toEqual([1, 1, 6, 21]);

    const rows = await t.inbox<{ id: string; priority: number }[]>(sam, "list", { view: "unassigned" }, "query");
    expect(rows.data!.map((row) => row.id)).toEqual([gold.sessionId, big.sessionId, plain.sessionId, vipOnly.sessionId]);

    // No rules at all: everyone equal.
    expect((await rulesApi(morgan, "save", { rules: [] })).status).toBe(200);
    expect(await priorityOf(await queuedWith({ plan: "gold" }))).toBe(0);
  });

  it("bad rules are refused field by field, and nothing is saved", async () => {
    const { morgan } = await t.people();
    const refused = await rulesApi(morgan, "save", {
      rules: [
        { id: "a", kind: "variable", variable: "plan", operator: "equals", value: "  ", boost: 5 },
        { id: "b", kind: "reason", reasons: [], boost: 0 },
        { id: "c", kind: "variable", variable: "9lives", operator: "is_set", value: "", boost: 3.5 },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.error!.data.issues).toEqual(
      expect.arrayContaining([
        { path: "rules.0.value", message: "Enter the value to compare with." },
        { path: "rules.1.reasons", message: "Choose at least one reason." },
        { path: "rules.1.boost", message: "Add at least 1 point." },
        { path: "rules.2.variable", message: "Use letters, digits and underscores, starting with a letter." },
        { path: "rules.2.boost", message: "Use a whole number." },
      ]),
    );
    expect((await rulesApi(morgan, "get")).data!.rules).toEqual(DEFAULT_PRIORITY_RULES);
  });

  it("only admins see or change the rules, and only their own workspace's", async () => {
    const { sam, morgan } = await t.people();
    expect((await rulesApi(sam, "get")).status).toBe(403);
    expect((await rulesApi(sam, "save", { rules: [] })).status).toBe(403);
    const other = await t.api.test.db.workspace.create({ data: { name: "Other", slug: "other-ws" } });
    expect((await rulesApi({ ...morgan, workspaceId: other.id }, "save", { rules: [] })).status).toBe(200);
    expect((await rulesApi(morgan, "get")).data!.rules).toEqual(DEFAULT_PRIORITY_RULES);
  });

  it("a stored rule this build cannot read is skipped; the others still apply", async () => {
    const { sam, morgan } = await t.people();
    await t.online(sam);
    await t.api.test.db.workspace.update({
      where: { id: morgan.workspaceId },
      data: {
        priorityRules: [
          { id: "old", kind: "weather", boost: 50 },
          { id: "pressed", kind: "reason", reasons: ["button"], boost: 2 },
        ],
      },
    });
    expect((await rulesApi(morgan, "get")).data!.rules).toEqual([{ id: "pressed", kind: "reason", reasons: ["button"], boost: 2 }]);
    const session = await queuedWith({});
    expect((await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } })).status).toBe("QUEUED");
    expect(await priorityOf(session)).toBe(2);
  });
});
