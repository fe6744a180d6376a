import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { EMBED_STUB } from "../../components/builder/panels/embed-snippet";
import { DEMO_PASSWORD, signIn } from "./helpers";

test.use({ viewport: { width: 1440, height: 900 } });

// A host site whose signed-in customer the widget names (the demo workspace does not verify identities).
let host: http.Server;
let hostUrl = "";

test.beforeAll(async ({ baseURL }) => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title><link rel="icon" href="data:,"></head>
<body><h1>My account</h1><script src="${baseURL}/embed.js" data-flow="acme" data-customer-id="cust-77" data-customer-name="Ada Lovelace"
data-customer-email="ada@example.com" data-customer-attributes='{"plan":"pro"}' async></script></body></html>`;
  // The install snippet's stub (the Publish panel's, docs/widget.md), then Tandem.identify at once — before the async embed.js can have loaded.
  const identifyEarly = `${EMBED_STUB}<script>
  Tandem.identify({ id: "cust-101", name: "Katherine Johnson", attributes: { plan: "pro" } });
  window.queuedBeforeLoad = Tandem.q.length;
</script>`;
  const shop = (flow: string, head: string, tagAttributes: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title><link rel="icon" href="data:,">${head}</head>
<body><h1>Shop</h1><script src="${baseURL}/embed.js" data-flow="${encodeURIComponent(flow)}" ${tagAttributes} async></script></body></html>`;
  host = http.createServer((request, response) => {
    // /greet?flow=<slug>: a page with the widget on another flow and no identity on the tag (the test identifies through Tandem.identify);
    // /greet-early: identified before embed.js loads; /greet-tag: identified on the script tag.
    const url = new URL(request.url ?? "/", "http://host");
    const flow = url.searchParams.get("flow") ?? "";
    const body =
      url.pathname === "/greet"
        ? shop(flow, "", "")
        : url.pathname === "/greet-early"
          ? shop(flow, identifyEarly, "")
          : url.pathname === "/greet-tag"
            ? shop(flow, "", `data-customer-id="cust-88" data-customer-name="Grace Hopper" data-customer-attributes='{"plan":"team"}'`)
            : page;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
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

/** A flow whose greeting names the customer (or says "there") and whose thanks names them and their plan, published through the API with a fresh token. */
async function publishGreetingFlow(page: Page, request: APIRequestContext): Promise<{ slug: string; headers: Record<string, string> }> {
  await page.goto("/settings/api-tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill(`E2E greeting ${Date.now().toString(36)}`);
  await form.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByRole("region", { name: "Your new API token" }).getByRole("textbox", { name: "API token" }).inputValue();
  const headers = { authorization: `Bearer ${token}` };
  const at = { x: 0, y: 0 };
  const document = {
    version: 1,
    nodes: [
      { id: "s", type: "start", position: at, data: {} },
      { id: "hi", type: "message", position: at, data: { text: 'Hi {{customer.name | fallback: "there"}}, welcome back.' } },
      { id: "ask", type: "ask", position: at, data: { text: "What do you need?", kind: "text", variable: "need" } },
      { id: "thanks", type: "message", position: at, data: { text: "Thanks {{customer.name}} ({{customer.plan}}): {{need}}." } },
      { id: "end", type: "end", position: at, data: { text: "Bye.", askRating: false } },
    ],
    edges: [
      ["s", "next", "hi"],
      ["hi", "next", "ask"],
      ["ask", "answered", "thanks"],
      ["ask", "invalid", "thanks"],
      ["thanks", "next", "end"],
    ].map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target })),
  };
  const imported = await request.post("/api/v1/flows", { headers, data: { name: `Greeting ${Date.now().toString(36)}`, document } });
  expect(imported.status()).toBe(201);
  const { id, slug } = (await imported.json()) as { id: string; slug: string };
  expect((await request.post(`/api/v1/flows/${id}/publish`, { headers })).status()).toBe(200);
  return { slug, headers };
}

test("an identity the host page gives before the chat opens is in the greeting; a later identify reaches the messages after it", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@acme.test");
  const { slug, headers } = await publishGreetingFlow(page, request);

  // On the script tag: the first message already names the customer.
  const tagged = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const onTag = await tagged.newPage();
  await onTag.goto(`${hostUrl}/greet-tag?flow=${slug}`);
  await onTag.getByRole("button", { name: "Open chat" }).click();
  const tagChat = onTag.frameLocator('iframe[title="Chat"]');
  await expect(tagChat.locator('[data-author="bot"]').first()).toHaveText(/Hi Grace Hopper, welcome back\./);
  await tagged.close();

  // With Tandem.identify before the visitor opens the chat: the same.
  const before = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const customer = await before.newPage();
  await customer.goto(`${hostUrl}/greet?flow=${slug}`);
  await expect(customer.getByRole("button", { name: "Open chat" })).toBeVisible();
  await customer.evaluate(() =>
    (window as unknown as { Tandem: { identify(identity: unknown): void } }).Tandem.identify({
      id: "cust-99",
      name: "Ada Lovelace",
      attributes: { plan: "pro" },
    }),
  );
  await customer.getByRole("button", { name: "Open chat" }).click();
  const chat = customer.frameLocator('iframe[title="Chat"]');
  await expect(chat.locator('[data-author="bot"]').first()).toHaveText(/Hi Ada Lovelace, welcome back\./);
  await before.close();

  // With Tandem.identify called before embed.js has loaded (the stub queues it): the same.
  const early = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const earlyPage = await early.newPage();
  await earlyPage.goto(`${hostUrl}/greet-early?flow=${slug}`);
  await expect(earlyPage.getByRole("button", { name: "Open chat" })).toBeVisible();
  expect(
    await earlyPage.evaluate(() => {
      const host = window as unknown as { queuedBeforeLoad: number; Tandem: { q?: unknown } };
      return { queuedBeforeLoad: host.queuedBeforeLoad, queueAfterLoad: host.Tandem.q ?? null };
    }),
  ).toEqual({ queuedBeforeLoad: 1, queueAfterLoad: null });
  await earlyPage.getByRole("button", { name: "Open chat" }).click();
  const earlyChat = earlyPage.frameLocator('iframe[title="Chat"]');
  await expect(earlyChat.locator('[data-author="bot"]').first()).toHaveText(/Hi Katherine Johnson, welcome back\./);
  await early.close();

  // Anonymous at first (the greeting's fallback instead of a name); identified during the chat, the next message names them.
  const later = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const visitor = await later.newPage();
  await visitor.goto(`${hostUrl}/greet?flow=${slug}`);
  await visitor.getByRole("button", { name: "Open chat" }).click();
  const anonymous = visitor.frameLocator('iframe[title="Chat"]');
  await expect(anonymous.locator('[data-author="bot"]').first()).toHaveText(/Hi there, welcome back\./);
  await visitor.evaluate(() =>
    (window as unknown as { Tandem: { identify(identity: unknown): void } }).Tandem.identify({
      id: "cust-100",
      name: "Alan Turing",
      attributes: { plan: "free" },
    }),
  );
  // The identify is a request of its own: wait until the server has it before answering.
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/contacts?search=cust-100`, { headers });
      return ((await response.json()) as { contacts: unknown[] }).contacts.length;
    })
    .toBe(1);
  await anonymous.getByLabel("Your message").fill("a new invoice");
  await anonymous.getByLabel("Your message").press("Enter");
  await expect(anonymous.locator('[data-author="bot"]').filter({ hasText: "Thanks" })).toHaveText(/Thanks Alan Turing \(free\): a new invoice\./);
  await later.close();
});
