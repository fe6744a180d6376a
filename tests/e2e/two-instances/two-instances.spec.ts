import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../helpers";

// Instance A and instance B: two `npm start` processes on one PostgreSQL database (start-servers.mjs).
const A = process.env.E2E_INSTANCE_A!;
const B = process.env.E2E_INSTANCE_B!;

test.use({ viewport: { width: 1440, height: 900 } });

test("the customer on instance A, the agent on instance B: alerted, accepted, typing and messages live both ways, handed back", async ({ browser }) => {
  test.setTimeout(120_000);
  // Billing open around the clock (set through instance B), so the test does not depend on the time of day.
  const admin = await (await browser.newContext({ baseURL: B })).newPage();
  await admin.goto("/sign-in");
  await admin.getByLabel("Email").fill("admin@acme.test");
  await admin.getByLabel("Password").fill(DEMO_PASSWORD);
  await admin.getByRole("button", { name: "Sign in" }).click();
  await expect(admin).toHaveURL(/\/flows/);
  await admin.goto("/settings/teams");
  await admin.getByRole("button", { name: "Edit Billing" }).click();
  await admin.getByRole("button", { name: "Open 24/7" }).click();
  await admin.getByRole("button", { name: "Save hours" }).click();
  await expect(admin.getByText(/saved/i).first()).toBeVisible();

  // Sam works on instance B.
  const agentContext = await browser.newContext({ baseURL: B });
  const agent = await agentContext.newPage();
  await agent.goto("/sign-in");
  await agent.getByLabel("Email").fill("sam@acme.test");
  await agent.getByLabel("Password").fill(DEMO_PASSWORD);
  await agent.getByRole("button", { name: "Sign in" }).click();
  await expect(agent).toHaveURL(/\/inbox/);
  await agent.getByRole("radio", { name: "Online" }).check();
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();

  // The customer chats on instance A.
  const customerContext = await browser.newContext({ baseURL: A, viewport: { width: 390, height: 800 } });
  const customer = await customerContext.newPage();
  await customer.goto("/c/acme");
  await expect(customer.locator('[data-author="bot"]').first()).toContainText("Acme Assistant");
  await customer.getByLabel("Your message").fill("My invoice shows the wrong address");
  await customer.getByLabel("Your message").press("Enter");
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();

  // B's inbox hears of A's handoff (LISTEN/NOTIFY), alerts Sam, who accepts.
  const toast = agent.getByTestId("inbox-toast").first();
  await expect(toast).toContainText("New conversation waiting");
  await toast.getByRole("link").click();
  await expect(agent.getByText("My invoice shows the wrong address").first()).toBeVisible();
  await agent.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(customer.getByText(/Sam Carter/).first()).toBeVisible();

  // Typing and messages cross the two servers both ways.
  const composer = agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  await composer.pressSequentially("Let me fix that", { delay: 30 });
  await expect(customer.getByText(/Sam is typing/)).toBeVisible();
  await composer.press("Enter");
  await expect(customer.locator('[data-author="agent"]').last()).toContainText("Let me fix that");
  await customer.getByLabel("Your message").fill("It should be 12 High Street");
  await customer.getByLabel("Your message").press("Enter");
  await expect(agent.getByRole("log", { name: /Transcript with/ }).getByText("It should be 12 High Street")).toBeVisible();

  // Handed back on B: the bot on A takes the conversation to its rating.
  const handBack = agent.getByRole("form", { name: "Hand back to the bot" });
  const step = handBack.getByLabel("Hand back at step");
  await step.selectOption((await step.locator("option", { hasText: /^End/ }).first().getAttribute("value"))!);
  await handBack.getByRole("button", { name: "Hand back to the bot" }).click();
  await expect(customer.getByText("Thanks for chatting with Acme!")).toBeVisible();
  await customer.getByRole("button", { name: "5", exact: true }).click();
  await expect(customer.getByText("This conversation has ended.")).toBeVisible();
});
