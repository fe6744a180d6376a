import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.use({ viewport: { width: 1440, height: 900 } });

/** The customer's composer on the chat page. */
async function say(customer: Page, text: string) {
  await customer.getByLabel("Your message").fill(text);
  await customer.getByLabel("Your message").press("Enter");
}

test("a customer escalates, an agent is alerted, accepts with the whole context, replies, hands back to the bot, and the customer rates the chat", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The test must not depend on the time of day: the admin opens Billing around the clock.
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/teams");
  await page.getByRole("button", { name: "Edit Billing" }).click();
  await page.getByRole("button", { name: "Open 24/7" }).click();
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  // Sam (Billing) goes online in the inbox.
  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const agent = await agentContext.newPage();
  await signIn(agent, "sam@acme.test", DEMO_PASSWORD, /\/inbox/);
  await agent.getByRole("radio", { name: "Online" }).check();
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();

  // A customer asks about a double charge, then presses "Talk to a person".
  const customerContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const customer = await customerContext.newPage();
  await customer.goto("/c/acme");
  await expect(customer.locator('[data-author="bot"]').first()).toContainText("Acme Assistant");
  await say(customer, "my card payment failed");
  await expect(customer.locator('[data-author="customer"]').last()).toHaveText("my card payment failed");
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();
  await expect(customer.getByTestId("queue-position")).toContainText(/number \d+ in line · about \d+ min/);

  // The agent is alerted, opens it, sees why and what the bot knew, and accepts.
  const toast = agent.getByTestId("inbox-toast").first();
  await expect(toast).toContainText("New conversation waiting");
  await toast.getByRole("link").click();
  await expect(agent.getByText("my card payment failed").first()).toBeVisible();
  await expect(agent.getByRole("region", { name: "Context" })).toContainText(/Talk to a person/);
  // Before accepting, Sam can only leave a note; one typed but not sent stays a note after Accept, never a reply by surprise.
  await agent.getByRole("form", { name: "Internal note" }).getByLabel("Message", { exact: true }).fill("Check the payment provider first");
  await agent.getByRole("button", { name: "Accept", exact: true }).click();
  const note = agent.getByRole("form", { name: "Internal note" });
  await expect(note.getByRole("radio", { name: "Internal note" })).toBeChecked();
  await expect(note.getByLabel("Message", { exact: true })).toHaveValue("Check the payment provider first");
  await note.getByLabel("Message", { exact: true }).press("Enter");
  await expect(agent.getByRole("log", { name: /Transcript with/ }).getByText("Check the payment provider first")).toBeVisible();
  await note.getByRole("radio", { name: "Reply" }).check();
  await expect(customer.getByText("Check the payment provider first")).toHaveCount(0);

  // Warm handoff: the bot introduces Sam, then Sam joins.
  await expect(customer.getByText(/Sam Carter/).first()).toBeVisible();
  await expect(customer.getByText("You're chatting with our team")).toBeVisible();

  // They talk, live, both ways.
  const composer = agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  await composer.fill("Hi, I can see the double charge — I've refunded the second one.");
  await composer.press("Enter");
  await expect(customer.locator('[data-author="agent"]').last()).toContainText("refunded the second one");
  await say(customer, "Thank you so much!");
  await expect(agent.getByRole("log", { name: /Transcript with/ }).getByText("Thank you so much!")).toBeVisible();

  // Sam hands the conversation back to the bot at the rating step; the customer rates.
  const handBack = agent.getByRole("form", { name: "Hand back to the bot" });
  const step = handBack.getByLabel("Hand back at step");
  const endOption = await step.locator("option", { hasText: /^End/ }).first().getAttribute("value");
  await step.selectOption(endOption!);
  await handBack.getByRole("button", { name: "Hand back to the bot" }).click();
  await expect(customer.getByText("Thanks for chatting with Acme!")).toBeVisible();
  await customer.getByRole("button", { name: "5", exact: true }).click();
  await expect(customer.getByText("This conversation has ended.")).toBeVisible();

  await agentContext.close();
  await customerContext.close();
});
