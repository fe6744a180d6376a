import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { mailbox } from "./mailbox";

// Everything the server e-mails to customers — the ended chat's "E-mail me the transcript" and the
// follow-up by e-mail when nobody is free — received by the run's real SMTP sink (tests/e2e/global-setup.ts,
// on the server's SMTP_URL). Without SMTP the options are hidden: tests/integration/transcript-email.test.ts
// and email-follow-up.test.ts check that the session says so.
/** The mails the sink received for `to`, oldest first. */
const mailsTo = (to: string) => mailbox().filter((mail) => mail.to.includes(to));

/** The demo chat to its end: an order question the knowledge base answers, "Yes, thanks", 5 stars. */
async function endedChat(page: Page) {
  await page.goto("/c/acme");
  await expect(page.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");
  await page.getByLabel("Your message").fill("where is my order");
  await page.getByLabel("Your message").press("Enter");
  await page.getByRole("button", { name: "Yes, thanks" }).click();
  await page
    .getByRole("group", { name: /Rate this chat/ })
    .getByRole("button", { name: "5", exact: true })
    .click();
  await expect(page.getByText("This conversation has ended.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download transcript" })).toBeVisible();
}

test("the ended chat e-mails the transcript: a bad address is explained beside the field, a good one receives it", async ({ page }) => {
  await endedChat(page);
  await page.getByRole("button", { name: "E-mail me the transcript" }).click();
  const address = page.getByLabel("Your e-mail address");
  await expect(address).toHaveAttribute("type", "email");
  await address.fill("not an address");
  await page.getByRole("button", { name: "Send transcript" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a valid e-mail address, like name@example.com." })).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");

  const to = `pat-${Date.now().toString(36)}@example.com`;
  await address.fill(to);
  await page.getByRole("button", { name: "Send transcript" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Transcript sent to ${to}.` })).toBeVisible();
  await expect.poll(() => mailsTo(to).length).toBe(1);
  const raw = mailsTo(to)[0]!.raw.replace(/=\r?\n/g, "");
  expect(raw).toContain("Subject: Your chat transcript: Acme support");
  expect(raw).toContain("You: where is my order");
});

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: "00:00", close: "24:00" }));

/** Calls a tRPC procedure as the signed-in admin (superjson's plain JSON envelope). */
async function trpc<T>(admin: Page, procedure: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await admin.request.get(`/api/trpc/${procedure}`) : await admin.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** A team of one (the admin), closed today whatever the time of the run (a holiday), and the demo flow pointed at it, published. */
async function afterHoursTeamAndFlow(admin: Page, name: string) {
  const { teamId } = await trpc<{ teamId: string }>(admin, "teams.create", { name });
  const members = await trpc<{ membershipId: string; email: string }[]>(admin, "members.list");
  const me = members.find((member) => member.email === "admin@acme.test")!;
  await trpc(admin, "teams.setMembers", { teamId, membershipIds: [me.membershipId] });
  const holidays = [{ date: new Date().toISOString().slice(0, 10), name: "Team day off" }];
  await trpc(admin, "teams.setHours", { teamId, timeZone: "UTC", weeklySlots: EVERY_DAY, holidays });
  const demo = readFileSync(path.join(process.cwd(), "tests/fixtures/flows/acme-demo.json"), "utf8");
  const text = demo.replaceAll('"team-billing"', JSON.stringify(teamId)).replaceAll('"team-technical"', JSON.stringify(teamId));
  const flow = await trpc<{ id: string }>(admin, "flows.importDocument", { name: `${name} flow`, text });
  const { slug } = await trpc<{ slug: string }>(admin, "flows.publish", { flowId: flow.id });
  return slug;
}

const header = (raw: string, name: string) => new RegExp(`^${name}: (.+)$`, "mi").exec(raw.replace(/\r?\n[ \t]+/g, " "))?.[1]?.trim();

test("after hours, a customer leaves their e-mail; the agent sees it awaiting an e-mail reply, replies, and the reply arrives threaded", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const teamName = `E-mail follow-up ${suffix}`;
  const to = `pat-${suffix}@example.com`;
  await admin.setViewportSize({ width: 1280, height: 900 });
  await signIn(admin, "admin@acme.test");
  const slug = await afterHoursTeamAndFlow(admin, teamName);

  // The customer: nobody can chat, so besides the callback the chat offers a reply by e-mail.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const customer = await context.newPage();
  await customer.goto(`/c/${slug}`);
  await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByRole("button", { name: "Request a callback" })).toBeVisible();
  await customer.getByRole("button", { name: "Get a reply by e-mail" }).click();
  const form = customer.getByRole("form", { name: "Get a reply by e-mail" });
  await form.getByLabel("Your e-mail address").fill("pat@");
  await form.getByLabel("Your message").fill("I was charged twice for my order.");
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(form.getByText("Enter a valid e-mail address, like name@example.com.")).toBeVisible();
  await form.getByLabel("Your e-mail address").fill(to);
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(customer.getByText(new RegExp(`We'll reply to ${to} by e-mail \\(reference #[0-9A-Z]{8}\\)`))).toBeVisible();
  await expect(customer.getByText("We'll reply by e-mail", { exact: true })).toBeVisible();
  await expect.poll(() => mailsTo(to).length).toBe(1);
  const acknowledgement = mailsTo(to)[0]!;
  const ackId = header(acknowledgement.raw, "Message-ID");
  expect(ackId).toMatch(/^<.+\.\d+@.+>$/);

  // The agent: the team's inbox lists it under "Awaiting e-mail", marked; they accept and reply.
  await admin.goto("/inbox?view=email");
  const row = admin.getByTestId("inbox-row").filter({ hasText: to });
  await expect(row).toContainText("Awaiting e-mail reply");
  await row.click();
  await expect(admin.getByTestId("email-follow-up-banner")).toContainText(`your replies go to ${to}`);
  await expect(admin.getByRole("log", { name: /Transcript with/ }).getByText("I was charged twice for my order.")).toBeVisible();
  await admin.getByRole("button", { name: "Accept", exact: true }).click();
  const composer = admin.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  await composer.fill("Sorry about that — the second charge is refunded.");
  await composer.press("Enter");
  await expect(admin.getByTestId("email-delivery").last()).toHaveText(`E-mailed to ${to}`);

  // The sink has the reply, in the same thread, with the conversation's reference.
  await expect.poll(() => mailsTo(to).length).toBe(2);
  const reply = mailsTo(to)[1]!;
  expect(header(reply.raw, "In-Reply-To")).toBe(ackId);
  expect(header(reply.raw, "Subject")).toMatch(/^Re: Your message to .+ \[#[0-9A-Z]{8}\]$/);
  expect(reply.raw.replace(/=\r?\n/g, "")).toContain("the second charge is refunded");
  // It is in the transcript too: the customer still on the page sees it.
  await expect(customer.locator('[data-author="agent"]').last()).toContainText("the second charge is refunded");
  await context.close();
});
