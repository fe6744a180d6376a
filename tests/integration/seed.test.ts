import { describe, expect, it } from "vitest";
import { seedDemoWorkspace, DEMO_PASSWORD } from "@/prisma/seed";
import { authorizeCredentials } from "@/server/auth/authorize-credentials";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

async function counts() {
  const db = test.db;
  return {
    workspaces: await db.workspace.count(),
    users: await db.user.count(),
    memberships: await db.membership.count(),
    teams: await db.team.count(),
    teamMembers: await db.teamMember.count(),
    hours: await db.businessHours.count(),
    articles: await db.knowledgeArticle.count(),
    canned: await db.cannedReply.count(),
    flows: await db.flow.count(),
    versions: await db.flowVersion.count(),
  };
}

describe("demo workspace seed", () => {
  it("creates Acme Support with its people, teams, hours, articles and replies", async () => {
    await seedDemoWorkspace(test.db);
    expect(await counts()).toEqual({
      workspaces: 1,
      users: 3,
      memberships: 3,
      teams: 2,
      teamMembers: 2,
      hours: 1,
      articles: 12,
      canned: 5,
      flows: 1,
      versions: 1,
    });
    const flow = await test.db.flow.findUniqueOrThrow({ where: { slug: "acme" }, include: { publishedVersion: true } });
    expect(flow.publishedVersion?.number).toBe(1);
    const sam = await test.db.membership.findFirstOrThrow({
      where: { user: { email: "sam@acme.test" } },
      include: { teams: { include: { team: true } } },
    });
    expect(sam.role).toBe("AGENT");
    expect(sam.teams.map((t) => t.team.name)).toEqual(["Billing"]);
    const hours = await test.db.businessHours.findFirstOrThrow();
    expect(hours.timeZone).toBe("Europe/London");
    expect(hours.weeklySlots).toEqual([1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" })));
    for (const email of ["admin@acme.test", "sam@acme.test", "alex@acme.test"]) {
      expect(await authorizeCredentials(test.db, { email, password: DEMO_PASSWORD }, { address: "203.0.113.1", userAgent: null }), email).not.toBeNull();
    }
  });

  it("is idempotent: a second run changes nothing and keeps changed passwords", async () => {
    await seedDemoWorkspace(test.db);
    const before = await counts();
    await test.db.user.update({ where: { email: "sam@acme.test" }, data: { passwordHash: "changed" } });
    await seedDemoWorkspace(test.db);
    expect(await counts()).toEqual(before);
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "sam@acme.test" } })).passwordHash).toBe("changed");
  });

  it("makes the articles findable with PostgreSQL full-text search, best match first", async () => {
    await seedDemoWorkspace(test.db);
    const search = (q: string) =>
      test.db.$queryRaw<{ title: string }[]>`
        SELECT title FROM "KnowledgeArticle"
        WHERE "searchVector" @@ websearch_to_tsquery('english', ${q})
        ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', ${q})) DESC`;
    expect((await search("reset password"))[0]?.title).toBe("How to reset your password");
    expect((await search("invoices"))[0]?.title).toBe("Download an invoice");
    expect((await search("refund")).map((r) => r.title)).toContain("Refund policy");
    expect(await search("quantum entanglement")).toEqual([]);
  });
});
