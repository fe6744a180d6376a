import { hashPassword } from "../server/auth/password";
import type { Prisma, PrismaClient } from "../server/db/generated/client";
import { acmeDemoFlow } from "../server/flow/templates/acme-demo-flow";
import { publishFlow } from "../server/flows/publish-flow";
import { demoArticles, demoCannedReplies } from "./demo-content";

/** The demo accounts' password, printed in the README. */
export const DEMO_PASSWORD = "tandem-demo";

const people = [
  { email: "admin@acme.test", name: "Morgan Reyes", role: "ADMIN", team: null },
  { email: "sam@acme.test", name: "Sam Carter", role: "AGENT", team: "Billing" },
  { email: "alex@acme.test", name: "Alex Kim", role: "AGENT", team: "Technical" },
] as const;

const weekdaysNineToFive = [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" }));
const ukHolidays = [
  { date: "2026-12-25", name: "Christmas Day" },
  { date: "2026-12-28", name: "Boxing Day (substitute day)" },
  { date: "2027-01-01", name: "New Year's Day" },
];

/**
 * Creates the "Acme Support" demo workspace, or completes it: running it
 * again changes nothing that exists (passwords people changed stay changed).
 */
export async function seedDemoWorkspace(prisma: PrismaClient) {
  const workspace = await prisma.workspace.upsert({
    where: { slug: "acme" },
    update: {},
    create: { name: "Acme Support", slug: "acme", timeZone: "Europe/London" },
  });
  const workspaceId = workspace.id;

  const hours = await prisma.businessHours.upsert({
    where: { workspaceId_name: { workspaceId, name: "UK office hours" } },
    update: {},
    create: { workspaceId, name: "UK office hours", timeZone: "Europe/London", weeklySlots: weekdaysNineToFive, holidays: ukHolidays },
  });

  const teams = new Map<string, string>();
  for (const [name, skills] of [
    ["Billing", ["billing", "refunds", "invoices", "payments"]],
    ["Technical", ["technical", "login", "app", "bugs"]],
  ] as const) {
    const team = await prisma.team.upsert({
      where: { workspaceId_name: { workspaceId, name } },
      update: {},
      create: { workspaceId, name, skills: [...skills], languages: ["en"], businessHoursId: hours.id, maxWaitSeconds: 180 },
    });
    teams.set(name, team.id);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of people) {
    const user = await prisma.user.upsert({
      where: { email: person.email },
      update: {},
      create: { email: person.email, name: person.name, passwordHash },
    });
    const membership = await prisma.membership.upsert({
      where: { workspaceId_userId: { workspaceId, userId: user.id } },
      update: {},
      create: { workspaceId, userId: user.id, role: person.role },
    });
    const teamId = person.team ? teams.get(person.team) : undefined;
    if (teamId) {
      await prisma.teamMember.upsert({
        where: { teamId_membershipId: { teamId, membershipId: membership.id } },
        update: {},
        create: { teamId, membershipId: membership.id },
      });
    }
  }

  for (const article of demoArticles) {
    const exists = await prisma.knowledgeArticle.findFirst({ where: { workspaceId, title: article.title }, select: { id: true } });
    if (!exists) await prisma.knowledgeArticle.create({ data: { workspaceId, ...article } });
  }

  for (const reply of demoCannedReplies) {
    await prisma.cannedReply.upsert({
      where: { workspaceId_shortcut: { workspaceId, shortcut: reply.shortcut } },
      update: {},
      create: { workspaceId, ...reply },
    });
  }

  // The demo flow, published at /c/acme.
  if (!(await prisma.flow.findUnique({ where: { slug: "acme" } }))) {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: people[0].email } });
    const document = acmeDemoFlow({ billing: teams.get("Billing")!, technical: teams.get("Technical")! });
    const flow = await prisma.flow.create({
      data: {
        workspaceId,
        name: "Acme support",
        slug: "acme",
        draft: document as unknown as Prisma.InputJsonValue,
        createdById: admin.id,
        updatedById: admin.id,
      },
    });
    await publishFlow(prisma, workspaceId, flow.id, admin.id);
  }

  return { workspaceId, workspaceName: workspace.name, adminEmail: people[0].email };
}
