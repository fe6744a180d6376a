import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Other specs rely on the demo's Billing and Technical teams: each test here makes its own team and flow.
test.use({ viewport: { width: 1280, height: 900 } });

const suffix = Date.now().toString(36);
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: "00:00", close: "24:00" }));

/** Calls a tRPC procedure as the signed-in admin (superjson's plain JSON envelope). */
async function trpc<T>(admin: Page, procedure: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await admin.request.get(`/api/trpc/${procedure}`) : await admin.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/**
 * A team of one (the admin) and the demo flow pointed at it, published.
 * `closedToday`: open every day but today (a holiday), so the team is
 * closed now whatever the time of the run, with slots from tomorrow.
 */
async function teamAndFlow(admin: Page, name: string, options: { closedToday: boolean }) {
  const { teamId } = await trpc<{ teamId: string }>(admin, "teams.create", { name });
  const members = await trpc<{ membershipId: string; email: string }[]>(admin, "members.list");
  const me = members.find((member) => member.email === "admin@acme.test")!;
  await trpc(admin, "teams.setMembers", { teamId, membershipIds: [me.membershipId] });
  const holidays = options.closedToday ? [{ date: new Date().toISOString().slice(0, 10), name: "Team day off" }] : [];
  await trpc(admin, "teams.setHours", { teamId, timeZone: "UTC", weeklySlots: EVERY_DAY, holidays });
  const demo = readFileSync(path.join(process.cwd(), "tests/fixtures/flows/acme-demo.json"), "utf8");
  const text = demo.replaceAll('"team-billing"', JSON.stringify(teamId)).replaceAll('"team-technical"', JSON.stringify(teamId));
  const flow = await trpc<{ id: string }>(admin, "flows.importDocument", { name: `${name} flow`, text });
  const { slug } = await trpc<{ slug: string }>(admin, "flows.publish", { flowId: flow.id });
  return slug;
}

/** A customer in Paris (so their clock differs from the team's UTC) on the chat page. */
async function customerPage(browser: Browser, slug: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: "Europe/Paris", acceptDownloads: true });
  const customer = await context.newPage();
  await customer.goto(`/c/${slug}`);
  await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
  return customer;
}

/** Fills and sends the callback form: a field error first, then a good number and the first slot. */
async function bookCallback(customer: Page) {
  const form = customer.getByRole("form", { name: "Request a callback" });
  await expect(form.getByText("Times shown in your time zone (Europe/Paris). Our team works in UTC.")).toBeVisible();
  const phone = form.getByLabel("Phone number");
  await expect(phone).toHaveAttribute("type", "tel");
  await expect(phone).toHaveAttribute("autocomplete", "tel");

  await form.getByRole("button", { name: "Book callback" }).click();
  await expect(form.getByText("Enter the number we should call.")).toBeVisible();
  await expect(phone).toBeFocused();

  await phone.fill("call me maybe");
  await form.getByRole("radio").first().check();
  await form.getByRole("button", { name: "Book callback" }).click();
  await expect(form.getByText(/doesn't look like a phone number/)).toBeVisible();
  // Nothing typed was lost.
  await expect(phone).toHaveValue("call me maybe");
  await expect(form.getByRole("radio").first()).toBeChecked();

  await phone.fill("+44 20 7946 0000");
  await form.getByLabel(/Anything we should know/).fill("Mornings are best");
  await form.getByRole("button", { name: "Book callback" }).click();
  await expect(customer.getByText(/Callback booked for .* \(Europe\/Paris\) to \+442079460000/)).toBeVisible();
  await expect(customer.getByText("Your callback is booked — we'll call you at the time you chose.")).toBeVisible();
}

/** The admin's inbox lists the callback under Callbacks. */
async function expectInCallbacks(admin: Page, teamName: string) {
  await admin.goto("/inbox?view=callbacks");
  await expect(admin.getByTestId("inbox-row").filter({ hasText: teamName }).first()).toBeVisible();
}

test("after hours, a customer asks for a callback, books a slot with their number, sees the confirmation, and the inbox lists it", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  const teamName = `After hours ${suffix}`;
  await signIn(admin, "admin@acme.test");
  const slug = await teamAndFlow(admin, teamName, { closedToday: true });

  const customer = await customerPage(browser, slug);
  const talk = customer.getByRole("button", { name: "Talk to a person" });
  await talk.click();
  // One offer of a callback, the bot's own buttons — no second "Request a callback" chip beside them.
  const answers = customer.getByRole("group", { name: "Suggested answers" });
  await expect(answers.getByRole("button", { name: "Yes, call me back" })).toBeVisible();
  await expect(answers.getByRole("button", { name: "No thanks" })).toBeVisible();
  await expect(customer.getByRole("button", { name: "Request a callback" })).toHaveCount(0);
  await expect(customer.getByRole("button", { name: /call me back|callback/i })).toHaveCount(1);
  await expect(talk).toBeVisible();

  // "Yes" opens the booking form in place of the buttons; Cancel brings them back; a person stays one click away.
  await answers.getByRole("button", { name: "Yes, call me back" }).click();
  const form = customer.getByRole("form", { name: "Request a callback" });
  await expect(form).toBeVisible();
  await expect(answers).toHaveCount(0);
  await expect(talk).toBeVisible();
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toHaveCount(0);
  await expect(answers.getByRole("button", { name: "Yes, call me back" })).toBeVisible();

  await answers.getByRole("button", { name: "Yes, call me back" }).click();
  await bookCallback(customer);
  await expectInCallbacks(admin, teamName);
  await customer.context().close();
});

test("while waiting in the queue, a customer books a callback instead, then rates the chat and downloads the transcript", async ({ page: admin, browser }) => {
  test.setTimeout(120_000);
  const teamName = `Call me back ${suffix}`;
  await signIn(admin, "admin@acme.test");
  const slug = await teamAndFlow(admin, teamName, { closedToday: false });
  // Someone online keeps the conversation in the queue (instead of the flow's no-agent path).
  await admin.goto("/inbox");
  await admin.getByRole("radio", { name: "Online" }).check();
  await expect(admin.getByRole("radio", { name: "Online" })).toBeChecked();

  const customer = await customerPage(browser, slug);
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();
  await customer.getByRole("button", { name: "Request a callback" }).click();
  await bookCallback(customer);

  // The chat has ended: a rating (stars are a radio group), a comment, the transcript.
  const stars = customer.getByRole("group", { name: "How did we do?" });
  await stars.getByRole("radio", { name: "3 stars" }).check();
  await stars.getByRole("radio", { name: "3 stars" }).press("ArrowRight");
  await expect(stars.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await customer.getByLabel(/Anything to add/).fill("Quick and easy");
  await expect(customer.getByText("14 / 1,000")).toBeVisible();
  await customer.getByRole("button", { name: "Send" }).click();
  await expect(customer.getByText("Thanks for your feedback")).toBeVisible();

  const download = customer.waitForEvent("download");
  await customer.getByRole("link", { name: "Download transcript" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^chat-${slug}-\\d{4}-\\d{2}-\\d{2}\\.txt$`));
  const text = readFileSync((await file.path())!, "utf8");
  expect(text).toContain("Times are in UTC.");
  expect(text).toMatch(/\] \[Callback booked for .* to \+442079460000\]/);

  await expectInCallbacks(admin, teamName);
  // Leave the admin as other specs expect to find them.
  await admin.getByRole("radio", { name: "Offline" }).check();
  await customer.context().close();
});
