import { describe, expect, it } from "vitest";
import { constraintNames } from "@/server/db/constraint-names";
import { constraintOf, violatesUnique } from "@/server/db/constraint-of";
import { setupTestDatabase } from "../helpers/test-database";

// constraintOf reads every way a violation reaches a service — Prisma's model
// calls, raw statements in and out of a transaction, and the drivers
// themselves — on PGlite and on PostgreSQL, from real violations.

const test = setupTestDatabase();

async function teamTwice() {
  const workspace = await test.db.workspace.create({ data: { name: "Acme", slug: `acme-${Date.now()}` } });
  await test.db.team.create({ data: { workspaceId: workspace.id, name: "Billing" } });
  return workspace.id;
}

const duplicateTeamSql = `INSERT INTO "Team" ("id", "workspaceId", "name", "updatedAt") VALUES ('t2', $1, 'Billing', now()) RETURNING "id"`;

async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a violation");
}

describe("constraintOf", () => {
  it("names the unique index a Prisma model call violated (P2002)", async () => {
    const workspaceId = await teamTwice();
    const error = await caught(() => test.db.team.create({ data: { workspaceId, name: "Billing" } }));
    expect(constraintOf(error)).toEqual({ kind: "unique", name: constraintNames.teamName });
    expect(violatesUnique(error, constraintNames.teamName)).toBe(true);
    expect(violatesUnique(error, constraintNames.flowSlug)).toBe(false);
  });

  it("names it for a raw statement (P2010), in and out of a transaction", async () => {
    const workspaceId = await teamTwice();
    const outside = await caught(() => test.db.$queryRawUnsafe(duplicateTeamSql, workspaceId));
    expect(constraintOf(outside)).toEqual({ kind: "unique", name: constraintNames.teamName });
    const inside = await caught(() => test.db.$transaction((tx) => tx.$queryRawUnsafe(duplicateTeamSql, workspaceId)));
    expect(constraintOf(inside)).toEqual({ kind: "unique", name: constraintNames.teamName });
  });

  it("names it from the driver's own error (pg or PGlite)", async () => {
    const workspaceId = await teamTwice();
    const { database } = test;
    const error = await caught(() =>
      database.pglite ? database.pglite.query(duplicateTeamSql, [workspaceId]) : database.pool!.query(duplicateTeamSql, [workspaceId]),
    );
    expect(constraintOf(error)).toEqual({ kind: "unique", name: constraintNames.teamName });
  });

  it("tells other violations apart, and answers null for anything else", async () => {
    const error = await caught(() => test.db.$queryRawUnsafe(`INSERT INTO "Team" ("id", "workspaceId", "name") VALUES ('t3', 'nowhere', 'X')`));
    expect(constraintOf(error)?.kind).toMatch(/not_null|foreign_key/);
    expect(constraintOf(new Error('duplicate key value violates unique constraint "Team_workspaceId_name_key"'))).toBeNull();
    expect(constraintOf(null)).toBeNull();
    expect(constraintOf("unique")).toBeNull();
  });
});
