import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Other specs use Sam and the Billing team: this one makes its own two teams and three agents.
test.use({ viewport: { width: 1440, height: 900 } });

const suffix = Date.now().toString(36);
const PASSWORD = "live-desk-pass";
const people = {
  lee: { name: `Lee Live ${suffix}`, email: `lee.${suffix}@acme.test` },
  kim: { name: `Kim Live ${suffix}`, email: `kim.${suffix}@acme.test` },
  max: { name: `Max Escalations ${suffix}`, email: `max.${suffix}@acme.test` },
};
const deskTeam = `Live Desk ${suffix}`;
const escalationsTeam = `Escalations ${suffix}`;

async function addMember(admin: Page, person: { name: string; email: string }) {
  await admin.goto("/settings/members");
  const form = admin.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toContainText(`${person.name} can now sign in`);
}

async function createTeam(admin: Page, name: string, members: string[]) {
  await admin.goto("/settings/teams");
  await admin.getByRole("button", { name: "New team" }).click();
  const form = admin.getByRole("form", { name: "New team" });
  await form.getByLabel("Team name").fill(name);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(admin.getByText(`${name} created`)).toBeVisible();
  const card = admin.getByRole("listitem", { name: `Team ${name}` });
  // A new team has no business hours: always open, whatever the time of day of the test.
  await expect(card.getByTestId("team-hours")).toHaveText("Always open");
  const memberForm = card.getByRole("form", { name: `Members of ${name}` });
  for (const member of members) await memberForm.getByLabel(member).check();
  await memberForm.getByRole("button", { name: "Save members" }).click();
  await expect(memberForm.getByRole("status")).toContainText("Members saved");
}

/** Calls a tRPC procedure as the signed-in admin (superjson's plain JSON envelope). */
async function trpc<T>(admin: Page, procedure: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await admin.request.get(`/api/trpc/${procedure}`) : await admin.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** The demo flow, with every handoff, route and callback pointing at `teamId`, imported and published. */
async function publishFlowFor(admin: Page, teamId: string): Promise<string> {
  const demo = readFileSync(path.join(process.cwd(), "tests/fixtures/flows/acme-demo.json"), "utf8");
  const text = demo.replaceAll('"team-billing"', JSON.stringify(teamId)).replaceAll('"team-technical"', JSON.stringify(teamId));
  const flow = await trpc<{ id: string }>(admin, "flows.importDocument", { name: `Live desk flow ${suffix}`, text });
  const { slug } = await trpc<{ slug: string }>(admin, "flows.publish", { flowId: flow.id });
  return slug;
}

async function agentPage(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email, PASSWORD, /\/inbox/);
  await page.getByRole("radio", { name: "Online" }).check();
  await expect(page.getByRole("radio", { name: "Online" })).toBeChecked();
  return page;
}

async function say(customer: Page, text: string) {
  await customer.getByLabel("Your message").fill(text);
  await customer.getByLabel("Your message").press("Enter");
}

test("two agents accept at once (one wins, the other sees who), typing and read receipts both ways, transfer with a note, and a scheduled callback", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(admin, "admin@acme.test");
  for (const person of Object.values(people)) await addMember(admin, person);
  await createTeam(admin, deskTeam, [people.lee.name, people.kim.name]);
  await createTeam(admin, escalationsTeam, [people.max.name]);
  const teams = await trpc<{ id: string; name: string }[]>(admin, "teams.list");
  const slug = await publishFlowFor(admin, teams.find((team) => team.name === deskTeam)!.id);

  const [lee, kim, max] = await Promise.all([agentPage(browser, people.lee.email), agentPage(browser, people.kim.email), agentPage(browser, people.max.email)]);

  // The customer asks, then presses "Talk to a person".
  const customerContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const customer = await customerContext.newPage();
  await customer.goto(`/c/${slug}`);
  await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
  await say(customer, "my card payment failed");
  await expect(customer.locator('[data-author="customer"]').last()).toHaveText("my card payment failed");
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();

  // Both desk agents open it from Unassigned and press Accept at the same moment.
  for (const agent of [lee, kim]) {
    await agent
      .getByRole("link", { name: /Unassigned/ })
      .first()
      .click();
    const row = agent.getByTestId("inbox-row").first();
    await expect(row).toContainText(deskTeam);
    await row.click();
    await expect(agent.getByRole("button", { name: "Accept", exact: true })).toBeEnabled();
  }
  await Promise.all([lee.getByRole("button", { name: "Accept", exact: true }).click(), kim.getByRole("button", { name: "Accept", exact: true }).click()]);

  const composerOf = (agent: Page) => agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  // Exactly one of them gets the composer.
  await expect.poll(async () => (await composerOf(lee).count()) + (await composerOf(kim).count())).toBe(1);
  const leeWon = (await composerOf(lee).count()) === 1;
  const [winner, loser] = leeWon ? [lee, kim] : [kim, lee];
  const winnerName = leeWon ? people.lee.name : people.kim.name;
  await expect(loser.getByRole("alert").filter({ hasText: `${winnerName} already accepted this conversation.` })).toBeVisible();
  await expect(loser.getByTestId("conversation-status")).toContainText(`With ${winnerName}`);
  await expect(composerOf(loser)).toHaveCount(0);
  await expect(loser.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
  // The loser can't reply, but can leave the winner a note.
  const loserNote = loser.getByRole("form", { name: "Internal note" }).getByLabel("Message", { exact: true });
  await loserNote.fill("Same customer wrote to us by e-mail yesterday");
  await loserNote.press("Enter");
  await expect(winner.getByRole("log", { name: /Transcript with/ }).getByText("Same customer wrote to us by e-mail yesterday")).toBeVisible();
  await expect(customer.getByText("Same customer wrote to us by e-mail yesterday")).toHaveCount(0);
  await expect(customer.getByText(new RegExp(winnerName)).first()).toBeVisible();

  // The customer types (without sending): the winner sees it under the transcript.
  await customer.getByLabel("Your message").fill("Also, the invoice");
  await expect(winner.getByTestId("typing-indicator")).toContainText("is typing…");
  await say(customer, "Also, the invoice shows the wrong address");
  await expect(winner.getByRole("log", { name: /Transcript with/ }).getByText("Also, the invoice shows the wrong address")).toBeVisible();
  await expect(winner.getByTestId("typing-indicator")).not.toContainText("is typing");

  // The winner types a reply: the customer sees who is typing; once sent and read, the agent sees "Seen".
  await composerOf(winner).fill("Let me check that for you");
  await expect(customer.getByTestId("agent-typing")).toContainText(`${winnerName.split(" ")[0]} is typing…`);
  await composerOf(winner).press("Enter");
  await expect(customer.locator('[data-author="agent"]').last()).toContainText("Let me check that for you");
  await expect(winner.getByTestId("seen-receipt")).toBeVisible();

  // The winner transfers to Escalations with a note; Max (online there) finds it in his queue, note included.
  await winner.getByRole("button", { name: "Transfer…" }).click();
  const transfer = winner.getByRole("form", { name: "Transfer" });
  await transfer.getByLabel("Team", { exact: true }).selectOption({ label: `${escalationsTeam} — open, 1 online` });
  await transfer.getByLabel(/Note for them/).fill("Wants a supervisor to confirm the refund");
  await transfer.getByRole("button", { name: "Transfer", exact: true }).click();
  // It left both desk agents' teams: their open panes say so instead of showing a stale conversation.
  for (const agent of [winner, loser]) await expect(agent.getByText(/conversation was transferred to a team you're not in/)).toBeVisible();

  await max
    .getByRole("link", { name: /Unassigned/ })
    .first()
    .click();
  const maxRow = max.getByTestId("inbox-row").filter({ hasText: escalationsTeam });
  await expect(maxRow).toHaveCount(1);
  await maxRow.click();
  const transcript = max.getByRole("log", { name: /Transcript with/ });
  await expect(transcript.getByText("Wants a supervisor to confirm the refund")).toBeVisible();
  await expect(transcript.getByText("Also, the invoice shows the wrong address")).toBeVisible();
  // Why it escalated is still the customer's own reason, not just "Transferred".
  await expect(max.getByRole("complementary", { name: "Conversation details" }).getByText("Pressed Talk to a person (then transferred)")).toBeVisible();

  // Max books a callback instead: it leaves the queue for Callbacks.
  await max.getByRole("button", { name: "Schedule callback…" }).click();
  const callback = max.getByRole("form", { name: "Schedule a callback" });
  await callback.getByLabel("Phone number").fill("call me");
  await callback.getByRole("button", { name: "Schedule callback" }).click();
  await expect(callback.getByText(/doesn't look like a phone number/)).toBeVisible();
  await callback.getByLabel("Phone number").fill("+44 20 7946 0000");
  await callback.getByLabel(/Note for the call/).fill("Confirm the refund went through");
  await callback.getByRole("button", { name: "Schedule callback" }).click();
  await expect(max.getByText(/Callback scheduled for .*It's waiting in Callbacks\./)).toBeVisible();
  await expect(max).toHaveURL(/view=callbacks/);
  await expect(max.getByTestId("inbox-row").filter({ hasText: escalationsTeam }).first()).toContainText("Call ");
  await expect(customer.getByText(/Callback booked for .* to \+442079460000/)).toBeVisible();

  await Promise.all([lee.context().close(), kim.context().close(), max.context().close(), customerContext.close()]);
});

test("on a least-busy team the agent is told a conversation was given to them; an admin takes it over; the team is reminded when a callback falls due", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  const ava = { name: `Ava Auto ${suffix}`, email: `ava.${suffix}@acme.test` };
  const autoTeam = `Auto Desk ${suffix}`;
  await signIn(admin, "admin@acme.test");
  await addMember(admin, ava);
  await createTeam(admin, autoTeam, [ava.name]);
  const team = (await trpc<{ id: string; name: string }[]>(admin, "teams.list")).find((t) => t.name === autoTeam)!;
  await trpc(admin, "teams.update", { teamId: team.id, assignmentPolicy: "LEAST_BUSY" });
  const slug = await publishFlowFor(admin, team.id);
  const agent = await agentPage(browser, ava.email);
  await agent.getByRole("link", { name: /Mine/ }).first().click();

  const customerContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const customer = await customerContext.newPage();
  await customer.goto(`/c/${slug}`);
  await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText(`${ava.name} joined the chat`)).toBeVisible();

  // It never waited in Unassigned: the toast says it is Ava's now, and opens it.
  const toast = agent.getByTestId("inbox-toast").filter({ hasText: "Assigned to you" });
  await expect(toast).toBeVisible();
  await expect(agent.getByTestId("inbox-toast").filter({ hasText: "New conversation waiting" })).toHaveCount(0);
  await toast.getByRole("link", { name: /^Open the conversation with / }).click();
  await expect(agent).toHaveURL(/view=mine/);
  const conversationId = new URL(agent.url()).searchParams.get("c")!;
  // A half-written reply is kept for this conversation, through a reload.
  const draft = agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message");
  await draft.fill("Half-written answer");
  await agent.reload();
  await expect(agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message")).toHaveValue("Half-written answer");

  // The admin takes it over from All teams; it leaves Ava's Mine and the customer hears who joined.
  await admin.goto(`/inbox?c=${encodeURIComponent(conversationId)}&view=all`);
  await expect(admin.getByText(`${ava.name} is handling this conversation. As an admin you can take it over`)).toBeVisible();
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "Take over" }).click();
  await expect(admin.getByTestId("conversation-status")).toContainText("With Morgan Reyes");
  await expect(admin.getByRole("form", { name: /^Reply to / })).toBeVisible();
  await expect(customer.getByText("Morgan Reyes joined the chat")).toBeVisible();
  await expect(agent.getByTestId("inbox-row")).toHaveCount(0);

  // The admin books a call for a few seconds from now (through the API, as the form offers whole minutes); at its time the team's inbox reminds Ava.
  const booked = await admin.request.post("/api/trpc/inbox.scheduleCallback", {
    data: {
      json: { conversationId, phone: "+44 20 7946 0999", dueAt: new Date(Date.now() + 4_000).toISOString(), timeZone: "Europe/London", note: null },
      meta: { values: { dueAt: ["Date"] } },
    },
  });
  expect(booked.ok(), await booked.text()).toBe(true);
  const due = agent.getByTestId("inbox-toast").filter({ hasText: "Callback due now" });
  await expect(due).toContainText("call +44", { timeout: 30_000 });
  await agent
    .getByRole("link", { name: /Callbacks/ })
    .first()
    .click();
  await expect(agent.getByTestId("inbox-row").first()).toContainText("Due now · call");
  // A due callback stays on screen until dismissed.
  await due.getByRole("button", { name: "Dismiss" }).click();
  await expect(due).toHaveCount(0);

  await Promise.all([agent.context().close(), customerContext.close()]);
});

test("keyboard only: ? lists the shortcuts, J/K move, A accepts, / writes, Esc leaves the reply, E resolves", async ({ page: admin, browser }) => {
  test.setTimeout(120_000);
  const jo = { name: `Jo Keys ${suffix}`, email: `jo.${suffix}@acme.test` };
  const keysTeam = `Keyboard Desk ${suffix}`;
  await signIn(admin, "admin@acme.test");
  await addMember(admin, jo);
  await createTeam(admin, keysTeam, [jo.name]);
  const team = (await trpc<{ id: string; name: string }[]>(admin, "teams.list")).find((t) => t.name === keysTeam)!;
  const slug = await publishFlowFor(admin, team.id);
  const agent = await agentPage(browser, jo.email);

  const customers = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const customer = await context.newPage();
    await customer.goto(`/c/${slug}`);
    await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
    await customer.getByRole("button", { name: "Talk to a person" }).click();
    await expect(customer.getByText("Connecting you with a person…")).toBeVisible();
    customers.push(customer);
  }
  await agent
    .getByRole("link", { name: /Unassigned/ })
    .first()
    .click();
  const rows = agent.getByTestId("inbox-row");
  await expect(rows).toHaveCount(2);
  await agent.locator("body").click({ position: { x: 5, y: 400 } });

  await agent.keyboard.press("?");
  const help = agent.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Accept the open conversation");
  await agent.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await agent.keyboard.press("j");
  await expect(rows.nth(0)).toHaveAttribute("aria-current", "true");
  await agent.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");
  await agent.keyboard.press("k");
  await expect(rows.nth(0)).toHaveAttribute("aria-current", "true");
  await agent.locator("body").click({ position: { x: 5, y: 400 } });
  await agent.keyboard.press("a");
  await expect(agent.getByTestId("conversation-status")).toContainText(`With ${jo.name}`);
  // The first in line was the first to ask.
  await expect(customers[0]!.getByText(`${jo.name} joined the chat`)).toBeVisible();

  await agent.locator("body").click({ position: { x: 5, y: 400 } });
  await agent.keyboard.press("/");
  const composer = agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message");
  await expect(composer).toBeFocused();
  await agent.keyboard.type("Typed without a mouse");
  await agent.keyboard.press("Enter");
  await expect(customers[0]!.locator('[data-author="agent"]').last()).toContainText("Typed without a mouse");
  await agent.keyboard.press("Escape");
  await expect(composer).not.toBeFocused();

  agent.once("dialog", (dialog) => void dialog.accept());
  await agent.keyboard.press("e");
  await expect(agent.getByTestId("conversation-status")).not.toContainText(`With ${jo.name}`);
  await expect(customers[0]!.getByText(/How did we do|Rate this chat/).first()).toBeVisible();

  await Promise.all([agent.context().close(), ...customers.map((customer) => customer.context().close())]);
});

test("an agent who walks away is set Away after 10 idle minutes, and Offline after 30 (the browser's clock fast-forwarded)", async ({
  page: admin,
  browser,
}) => {
  const ida = { name: `Ida Idle ${suffix}`, email: `ida.${suffix}@acme.test` };
  await signIn(admin, "admin@acme.test");
  await addMember(admin, ida);
  const agent = await agentPage(browser, ida.email);
  await agent.clock.install();
  await agent.reload();
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();

  await agent.clock.fastForward("09:00");
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();
  await agent.clock.fastForward("01:30");
  await expect(agent.getByRole("radio", { name: "Away" })).toBeChecked();
  await expect(agent.getByRole("status").filter({ hasText: "You were set to Away after 10 minutes without activity" })).toBeVisible();
  // The server agrees: routing sees Away.
  const members = await trpc<{ name: string; presence?: string }[]>(admin, "inbox.agents");
  expect(members.find((member) => member.name === ida.name)?.presence).toBe("AWAY");

  await agent.clock.fastForward("20:30");
  await expect(agent.getByRole("radio", { name: "Offline" })).toBeChecked();
  await expect(agent.getByRole("status").filter({ hasText: "You were set to Offline after 30 minutes" })).toBeVisible();

  // Back at the desk, they choose Online themselves and the notice goes.
  await agent.getByRole("radio", { name: "Online" }).check();
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();
  await expect(agent.getByText("without activity")).toHaveCount(0);
  await agent.context().close();
});
