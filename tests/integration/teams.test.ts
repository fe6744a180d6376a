import { describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import type { Viewer } from "@/server/auth/viewer";
import type { Prisma } from "@/server/db/generated/client";
import { teamAvailability } from "@/server/handoff/team-availability";
import { listTeams } from "@/server/workspace/list-teams";
import { loadViewer } from "@/server/auth/load-viewer";
import { callTrpc } from "../helpers/call-trpc";
import { buildFlow } from "../helpers/flow-builder";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

const teams = (who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") =>
  callTrpc({ db: test.db, viewer: who }, `teams.${path}`, input, kind);

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" }));
const aroundTheClock = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: "00:00", close: "24:00" }));
/** A Sunday, 03:00 UTC: outside any office's hours. */
const sundayNight = new Date("2026-11-22T03:00:00Z");

async function adminWithTeam(name = "Billing") {
  const { workspace, viewers } = await makeWorkspace(test.db, [
    { name: "Ada", role: "ADMIN" },
    { name: "Sam", role: "AGENT" },
  ]);
  const created = await teams(viewers[0]!, "create", { name });
  expect(created.status).toBe(200);
  return { workspace, admin: viewers[0]!, agent: viewers[1]!, teamId: (created.data as { teamId: string }).teamId };
}

/** A flow whose live version hands off to the team. */
async function publishFlowNaming(workspaceId: string, teamId: string, name = "Support") {
  const document = buildFlow(
    [
      { id: "s", type: "start" },
      { id: "h", type: "handoff_warm", data: { teamId } },
      { id: "e", type: "end" },
    ],
    [
      ["s", "next", "h"],
      ["h", "no_agent", "e"],
    ],
  );
  const flow = await test.db.flow.create({
    data: { workspaceId, name, slug: `${name.toLowerCase()}-${workspaceId}`, draft: document as unknown as Prisma.InputJsonValue },
  });
  const version = await test.db.flowVersion.create({ data: { flowId: flow.id, number: 1, document: document as unknown as Prisma.InputJsonValue } });
  await test.db.flow.update({ where: { id: flow.id }, data: { publishedVersionId: version.id } });
  return { flow, version };
}

describe("creating and updating teams", () => {
  it("creates a team with tidy tags and defaults, always open until it has hours", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const admin = viewers[0]!;
    const created = await teams(admin, "create", { name: "  Sales ", skills: ["Pricing", "pricing", " demos "], languages: ["EN", "fr"] });
    expect(created.status).toBe(200);
    const [team] = await listTeams(test.db, workspace.id);
    expect(team).toMatchObject({
      name: "Sales",
      skills: ["pricing", "demos"],
      languages: ["en", "fr"],
      maxWaitSeconds: 300,
      assignmentPolicy: "MANUAL",
      members: [],
      businessHours: null,
    });
    expect(await teamAvailability(test.db, workspace.id, team!.id, sundayNight)).toMatchObject({ open: true });
  });

  it("answers per-field messages for bad input and creates nothing", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const admin = viewers[0]!;
    const result = await teams(admin, "create", {
      name: " ",
      skills: ["ok", "no,commas"],
      languages: ["english"],
      maxWaitSeconds: 10,
      assignmentPolicy: "RANDOM",
    });
    expect(result.status).toBe(400);
    const fields = result.error?.data.fieldErrors ?? {};
    expect(Object.keys(fields).sort()).toEqual(["assignmentPolicy", "languages", "maxWaitSeconds", "name", "skills"]);
    expect(fields.maxWaitSeconds?.[0]).toMatch(/at least 30 seconds/);
    expect(fields.languages?.[0]).toMatch(/language codes like en/);
    const tooLong = await teams(admin, "create", { name: "Patient", maxWaitSeconds: 3601 });
    expect(tooLong.error?.data.fieldErrors?.maxWaitSeconds?.[0]).toMatch(/at most 3600/i);
    expect(await test.db.team.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("keeps names unique per workspace, ignoring case, and says so under the name", async () => {
    const { admin, teamId } = await adminWithTeam("Billing");
    const twin = await teams(admin, "create", { name: "billing" });
    expect(twin.status).toBe(409);
    expect(twin.error?.message).toMatch(/"Billing" already exists/);
    expect((twin.error?.data as { details?: { field?: string } }).details?.field).toBe("name");
    const other = await teams(admin, "create", { name: "Technical" });
    const rename = await teams(admin, "update", { teamId: (other.data as { teamId: string }).teamId, name: "BILLING" });
    expect(rename.status).toBe(409);
    // Renaming a team to its own name in another case is fine.
    expect((await teams(admin, "update", { teamId, name: "BILLING" })).status).toBe(200);
    // Another workspace may have its own Billing.
    const elsewhere = await makeWorkspace(test.db, [{ name: "Eve", role: "ADMIN" }]);
    expect((await teams(elsewhere.viewers[0]!, "create", { name: "Billing" })).status).toBe(200);
  });

  it("updates only the fields given", async () => {
    const { workspace, admin, teamId } = await adminWithTeam();
    await teams(admin, "update", { teamId, skills: ["refunds"], languages: ["en"] });
    const routing = await teams(admin, "update", { teamId, assignmentPolicy: "LEAST_BUSY", maxWaitSeconds: 120 });
    expect(routing.data).toMatchObject({ name: "Billing", skills: ["refunds"], assignmentPolicy: "LEAST_BUSY", maxWaitSeconds: 120 });
    const bad = await teams(admin, "update", { teamId, maxWaitSeconds: 7.5 });
    expect(bad.error?.data.fieldErrors?.maxWaitSeconds?.[0]).toMatch(/whole seconds/);
    expect((await listTeams(test.db, workspace.id))[0]).toMatchObject({ maxWaitSeconds: 120, languages: ["en"] });
  });

  it("sets a team's people from the workspace's members only", async () => {
    const { workspace, admin, agent, teamId } = await adminWithTeam();
    expect((await teams(admin, "setMembers", { teamId, membershipIds: [agent.membershipId, admin.membershipId] })).status).toBe(200);
    expect((await listTeams(test.db, workspace.id))[0]!.members.map((m) => m.name)).toEqual(["Ada", "Sam"]);
    await teams(admin, "setMembers", { teamId, membershipIds: [agent.membershipId] });
    expect((await listTeams(test.db, workspace.id))[0]!.members).toEqual([{ membershipId: agent.membershipId, name: "Sam" }]);

    const stranger = (await makeWorkspace(test.db, [{ name: "Eve", role: "AGENT" }])).viewers[0]!;
    const refused = await teams(admin, "setMembers", { teamId, membershipIds: [admin.membershipId, stranger.membershipId] });
    expect(refused.status).toBe(404);
    expect((await listTeams(test.db, workspace.id))[0]!.members.map((m) => m.name)).toEqual(["Sam"]);
  });
});

describe("business hours", () => {
  it("refuses an unknown time zone, closing before opening, no open day and impossible holidays, field by field", async () => {
    const { admin, teamId } = await adminWithTeam();
    const result = await teams(admin, "setHours", {
      teamId,
      timeZone: "Mars/Olympus_Mons",
      weeklySlots: [
        { day: 1, open: "09:00", close: "17:00" },
        { day: 2, open: "17:00", close: "09:00" },
        { day: 3, open: "10:00", close: "10:00" },
      ],
      holidays: [{ date: "2026-02-30", name: "Nope" }],
    });
    expect(result.status).toBe(400);
    const fields = result.error?.data.fieldErrors ?? {};
    expect(fields.timeZone?.[0]).toMatch(/Unknown time zone/);
    expect(fields.weeklySlots).toEqual([
      "Tuesday: the closing time (09:00) must be after the opening time (17:00).",
      "Wednesday: the closing time (10:00) must be after the opening time (10:00).",
    ]);
    expect(fields.holidays?.[0]).toMatch(/not in the calendar/);

    const closedAllWeek = await teams(admin, "setHours", { teamId, timeZone: "UTC", weeklySlots: [], holidays: [] });
    expect(closedAllWeek.error?.data.fieldErrors?.weeklySlots?.[0]).toMatch(/at least one day/);
    const badTimes = await teams(admin, "setHours", { teamId, timeZone: "UTC", weeklySlots: [{ day: 8, open: "9:00", close: "24:30" }] });
    expect(badTimes.error?.data.fieldErrors?.weeklySlots?.length).toBe(3);
    expect(await test.db.businessHours.count()).toBe(0);
  });

  it("saves hours in the zone's canonical spelling, and the router honours them", async () => {
    const { workspace, admin, teamId } = await adminWithTeam();
    const saved = await teams(admin, "setHours", {
      teamId,
      timeZone: "europe/london",
      weeklySlots: weekdays,
      holidays: [{ date: "2026-12-25", name: " Christmas Day " }],
    });
    expect(saved.status).toBe(200);
    const [team] = await listTeams(test.db, workspace.id);
    expect(team!.businessHours).toMatchObject({
      timeZone: "Europe/London",
      weeklySlots: weekdays,
      holidays: [{ date: "2026-12-25", name: "Christmas Day" }],
      sharedWith: [],
    });
    expect(await teamAvailability(test.db, workspace.id, teamId, sundayNight)).toMatchObject({ open: false, timeZone: "Europe/London" });
    expect(await teamAvailability(test.db, workspace.id, teamId, new Date("2026-11-23T10:00:00Z"))).toMatchObject({ open: true });
    // Saving again updates the same row.
    await teams(admin, "setHours", { teamId, timeZone: "Europe/London", weeklySlots: weekdays.slice(0, 2), holidays: [] });
    expect(await test.db.businessHours.count()).toBe(1);
  });

  it("Open 24/7 (every day 00:00–24:00) is open on Sunday at 03:00 UTC, in any zone, except on holidays", async () => {
    const { workspace, admin, teamId } = await adminWithTeam();
    await teams(admin, "setHours", { teamId, timeZone: "UTC", weeklySlots: weekdays, holidays: [] });
    expect(await teamAvailability(test.db, workspace.id, teamId, sundayNight)).toMatchObject({ open: false });

    for (const timeZone of ["UTC", "America/Los_Angeles", "Asia/Tokyo"]) {
      const saved = await teams(admin, "setHours", { teamId, timeZone, weeklySlots: aroundTheClock, holidays: [] });
      expect(saved.status, timeZone).toBe(200);
      expect(await teamAvailability(test.db, workspace.id, teamId, sundayNight), timeZone).toMatchObject({ open: true });
      expect(await teamAvailability(test.db, workspace.id, teamId, new Date("2026-11-22T23:59:30Z")), timeZone).toMatchObject({ open: true });
    }
    await teams(admin, "setHours", { teamId, timeZone: "UTC", weeklySlots: aroundTheClock, holidays: [{ date: "2026-11-22", name: "Company day" }] });
    expect(await teamAvailability(test.db, workspace.id, teamId, sundayNight)).toMatchObject({ open: false });
  });

  it("editing one team's shared hours gives it its own copy; the other team keeps its hours", async () => {
    await seedDemoWorkspace(test.db);
    const workspace = await test.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    const morgan = (await loadViewer(test.db, (await test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } })).id))!;
    const before = await listTeams(test.db, workspace.id);
    const billing = before.find((team) => team.name === "Billing")!;
    expect(billing.businessHours?.sharedWith).toEqual(["Technical"]);

    expect((await teams(morgan, "setHours", { teamId: billing.id, timeZone: "Europe/London", weeklySlots: aroundTheClock, holidays: [] })).status).toBe(200);
    const after = await listTeams(test.db, workspace.id);
    expect(after.find((team) => team.name === "Billing")!.businessHours).toMatchObject({ name: "Billing hours", weeklySlots: aroundTheClock, sharedWith: [] });
    expect(after.find((team) => team.name === "Technical")!.businessHours).toMatchObject({ name: "UK office hours", weeklySlots: weekdays, sharedWith: [] });
  });
});

describe("deleting teams", () => {
  it("deletes an unused team and its own hours", async () => {
    const { workspace, admin, agent, teamId } = await adminWithTeam();
    await teams(admin, "setMembers", { teamId, membershipIds: [agent.membershipId] });
    await teams(admin, "setHours", { teamId, timeZone: "UTC", weeklySlots: weekdays });
    const deleted = await teams(admin, "delete", { teamId });
    expect(deleted.status).toBe(200);
    expect(await listTeams(test.db, workspace.id)).toEqual([]);
    expect(await test.db.businessHours.count()).toBe(0);
    expect(await test.db.membership.count({ where: { id: agent.membershipId } })).toBe(1);
  });

  it("refuses while a conversation is queued in it or a published flow sends customers to it, and says what to do", async () => {
    const { workspace, admin, teamId } = await adminWithTeam();
    const { flow, version } = await publishFlowNaming(workspace.id, teamId);
    const refusedForFlow = await teams(admin, "delete", { teamId });
    expect(refusedForFlow.status).toBe(409);
    expect(refusedForFlow.error?.message).toBe(
      'Billing can\'t be deleted yet: the published flow "Support" sends customers to it. First choose another team in those flows and publish them.',
    );

    await test.db.flow.update({ where: { id: flow.id }, data: { publishedVersionId: null } });
    const conversation = await test.db.conversation.create({
      data: {
        workspaceId: workspace.id,
        flowId: flow.id,
        flowVersionId: version.id,
        status: "QUEUED",
        teamId,
        queuedAt: new Date(),
        customerTokenHash: `hash-${teamId}`,
      },
    });
    const refusedForQueue = await teams(admin, "delete", { teamId });
    expect(refusedForQueue.status).toBe(409);
    expect(refusedForQueue.error?.message).toMatch(/1 conversation is queued, assigned or waiting for a callback in it.*resolve or transfer/);

    await test.db.conversation.update({ where: { id: conversation.id }, data: { status: "RESOLVED" } });
    expect((await teams(admin, "delete", { teamId })).status).toBe(200);
    // History keeps the conversation, without a team.
    expect(await test.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({ teamId: null });
  });

  it("refuses the demo's Billing team while the live demo flow routes to it", async () => {
    await seedDemoWorkspace(test.db);
    const morgan = (await loadViewer(test.db, (await test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } })).id))!;
    const billing = await test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    const refused = await teams(morgan, "delete", { teamId: billing.id });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(/published flow ".+" sends customers to it/);
    expect(await test.db.team.count()).toBe(2);
  });
});

describe("agent capacity", () => {
  it("sets how many conversations an agent holds at once, 1 to 50", async () => {
    const { admin, agent } = await adminWithTeam();
    expect((await teams(admin, "setCapacity", { membershipId: agent.membershipId, maxConcurrent: 7 })).status).toBe(200);
    expect(await test.db.membership.findUniqueOrThrow({ where: { id: agent.membershipId } })).toMatchObject({ maxConcurrent: 7 });
    for (const maxConcurrent of [0, 51, 2.5]) {
      const refused = await teams(admin, "setCapacity", { membershipId: agent.membershipId, maxConcurrent });
      expect(refused.status, String(maxConcurrent)).toBe(400);
      expect(refused.error?.data.fieldErrors?.maxConcurrent?.[0]).toBeTruthy();
    }
    expect(await test.db.membership.findUniqueOrThrow({ where: { id: agent.membershipId } })).toMatchObject({ maxConcurrent: 7 });
  });
});

describe("who may manage teams", () => {
  it("agents are refused every team procedure, and nothing changes", async () => {
    const { workspace, agent, teamId } = await adminWithTeam();
    for (const [path, input, kind] of [
      ["list", undefined, "query"],
      ["create", { name: "Sneaky" }, "mutation"],
      ["update", { teamId, name: "Renamed" }, "mutation"],
      ["setMembers", { teamId, membershipIds: [agent.membershipId] }, "mutation"],
      ["setHours", { teamId, timeZone: "UTC", weeklySlots: aroundTheClock }, "mutation"],
      ["delete", { teamId }, "mutation"],
      ["setCapacity", { membershipId: agent.membershipId, maxConcurrent: 50 }, "mutation"],
    ] as const) {
      const result = await teams(agent, path, input, kind);
      expect(result.status, path).toBe(403);
      expect(result.error?.data.code, path).toBe("FORBIDDEN");
    }
    expect(await listTeams(test.db, workspace.id)).toMatchObject([{ name: "Billing", members: [], businessHours: null }]);
    expect(await test.db.membership.findUniqueOrThrow({ where: { id: agent.membershipId } })).toMatchObject({ maxConcurrent: 3 });
    expect((await teams(null, "list", undefined, "query")).status).toBe(401);
  });

  it("another workspace's teams and members are NOT_FOUND", async () => {
    const theirs = await adminWithTeam("Theirs");
    const mine = await makeWorkspace(test.db, [{ name: "Mo", role: "ADMIN" }]);
    const me = mine.viewers[0]!;
    const teamId = theirs.teamId;
    for (const [path, input] of [
      ["update", { teamId, name: "Mine now" }],
      ["setMembers", { teamId, membershipIds: [] }],
      ["setHours", { teamId, timeZone: "UTC", weeklySlots: aroundTheClock }],
      ["delete", { teamId }],
      ["setCapacity", { membershipId: theirs.agent.membershipId, maxConcurrent: 9 }],
    ] as const) {
      const result = await teams(me, path, input);
      expect(result.status, path).toBe(404);
      expect(result.error?.data.code, path).toBe("NOT_FOUND");
    }
    expect((await teams(me, "list", undefined, "query")).data).toEqual([]);
    expect(await listTeams(test.db, theirs.workspace.id)).toMatchObject([{ name: "Theirs", businessHours: null }]);
    expect(await test.db.membership.findUniqueOrThrow({ where: { id: theirs.agent.membershipId } })).toMatchObject({ maxConcurrent: 3 });
  });
});
