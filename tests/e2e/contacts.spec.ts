import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.use({ viewport: { width: 1440, height: 900 } });

// A host site whose signed-in customer the widget names (the demo workspace does not verify identities).
let host: http.Server;
let hostUrl = "";

test.beforeAll(async ({ baseURL }) => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title><link rel="icon" href="data:,"></head>
<body><h1>My account</h1><script src="${baseURL}/embed.js" data-flow="acme" data-customer-id="cust-77" data-customer-name="Ada Lovelace"
data-customer-email="ada@example.com" data-customer-attributes='{"plan":"pro"}' async></script></body></html>`;
  host = http.createServer((_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** The customer, on the host site in a browser of their own, asks for a person through the widget. */
async function customerAsks(browser: Browser, text: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const customer = await context.newPage();
  await customer.goto(hostUrl);
  await customer.getByRole("button", { name: "Open chat" }).click();
  const chat = customer.frameLocator('iframe[title="Chat"]');
  await expect(chat.locator('[data-author="bot"]').first()).toContainText("Acme Assistant");
  await chat.getByLabel("Your message").fill(text);
  await chat.getByLabel("Your message").press("Enter");
  await expect(chat.locator('[data-author="customer"]').last()).toHaveText(text);
  await chat.getByRole("button", { name: "Talk to a person" }).click();
  await expect(chat.getByText("Connecting you with a person…")).toBeVisible();
  return customer;
}

test("a host page identifies its customer in the widget; the agent sees their name, attributes and previous conversation", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/teams");
  await page.getByRole("button", { name: "Edit Billing" }).click();
  await page.getByRole("button", { name: "Open 24/7" }).click();
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const agent = await agentContext.newPage();
  await signIn(agent, "sam@acme.test", DEMO_PASSWORD, /\/inbox/);
  await agent.getByRole("radio", { name: "Online" }).check();

  // The same customer chats twice, from two browsers.
  await customerAsks(browser, "my card payment failed");
  await customerAsks(browser, "my card payment failed");

  // Both wait in Unassigned under the customer's name, not as "Visitor …".
  await agent
    .getByRole("link", { name: /Unassigned/ })
    .first()
    .click();
  const rows = agent.getByTestId("inbox-row").filter({ hasText: "Ada Lovelace" });
  await expect(rows).toHaveCount(2);
  await rows.first().click();
  const card = agent.getByRole("region", { name: "Customer" });
  await expect(card).toContainText("Ada Lovelace");
  await expect(card).toContainText("ada@example.com");
  await expect(card).toContainText("plan");
  await expect(card).toContainText("pro");
  // The other chat is listed as a previous conversation, with why it reached a person.
  const previous = card.getByRole("list", { name: "Previous conversations" }).getByRole("listitem");
  await expect(previous).toHaveCount(1);
  await expect(previous).toContainText("Pressed Talk to a person");

  // Its link opens the contact with that transcript; the contact lists both conversations.
  await previous.getByRole("link").click();
  await expect(agent).toHaveURL(/\/contacts\/[^/?]+\?conversation=/);
  await expect(agent.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  await expect(agent.getByRole("list", { name: "Conversations" }).getByRole("listitem")).toHaveCount(2);
  await expect(agent.getByRole("region", { name: "Transcript" })).toContainText("my card payment failed");
  await agentContext.close();
});
