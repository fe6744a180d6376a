import { expect, test, type Browser, type Page } from "@playwright/test";
import { createFlow, expectSaved, selectNode } from "./builder-helpers";
import { signIn } from "./helpers";

// The customer's chat page. Handoffs go to a team and agent this spec creates
// (the demo's Billing and Sam belong to the handoff spec, which runs in parallel);
// the other tests stay with the bot on /c/acme.

const composer = (page: Page) => page.getByLabel("Your message");
const customerBubbles = (page: Page) => page.locator('[data-author="customer"]');

async function say(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press("Enter");
}

/** Starts the demo chat and waits for its first question. */
async function openDemoChat(page: Page) {
  await page.goto("/c/acme");
  await expect(page.locator('[data-author="bot"]').first()).toContainText("Acme Assistant");
  await expect(page.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");
}

/** The customer's transcript as the server has it, read with the session the page keeps in localStorage. */
async function serverTranscript(page: Page, slug: string) {
  return page.evaluate(async (key) => {
    const session = JSON.parse(localStorage.getItem(key) ?? "null") as { sessionId: string; token: string };
    const response = await fetch(`/api/v1/chat/sessions/${session.sessionId}`, { headers: { authorization: `Bearer ${session.token}` } });
    return (await response.json()) as { status: string; messages: { author: string; text: string }[] };
  }, `tandem:chat:${slug}`);
}

test("a full conversation through typed answers and buttons, kept across a reload, ending with a rating and a new chat", async ({ page }) => {
  await openDemoChat(page);

  // Blank messages never go; the message box says what it expects.
  await composer(page).fill("   ");
  await composer(page).press("Enter");
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
  await expect(customerBubbles(page)).toHaveCount(0);

  // Too long: a counter from 90 % of the limit, then no sending, and the text stays.
  await composer(page).fill("x".repeat(3700));
  await expect(page.getByText("3,700 / 4,000")).toBeVisible();
  await composer(page).fill("x".repeat(4012));
  await expect(page.getByText("Too long by 12 characters")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
  await composer(page).press("Enter");
  await expect(composer(page)).toHaveValue("x".repeat(4012));
  await expect(customerBubbles(page)).toHaveCount(0);

  // A typed answer: the bot answers from the knowledge base and asks with buttons.
  await say(page, "where is my order");
  await expect(composer(page)).toHaveValue("");
  await expect(customerBubbles(page).last()).toHaveText("where is my order");
  await expect(page.getByRole("button", { name: "Yes, thanks" })).toBeVisible();
  await expect(page.getByRole("log", { name: "Conversation" })).toContainText("You said");

  // A reload keeps the conversation and the open question.
  await page.reload();
  await expect(customerBubbles(page)).toHaveCount(1);
  await expect(customerBubbles(page).first()).toHaveText("where is my order");
  await expect(page.getByRole("button", { name: "Yes, thanks" })).toBeVisible();

  // A button answers; the focus comes back to the message box.
  await page.getByRole("button", { name: "Yes, thanks" }).click();
  await expect(composer(page)).toBeFocused();
  await expect(page.getByText("Thanks for chatting with Acme!")).toBeVisible();
  const rating = page.getByRole("group", { name: /Rate this chat/ });
  await expect(rating.getByRole("button")).toHaveCount(5);
  await rating.getByRole("button", { name: "4", exact: true }).click();
  await expect(page.getByText("Thanks for your feedback!")).toBeVisible();
  await expect(page.getByText("This conversation has ended.")).toBeVisible();
  await expect(composer(page)).toHaveCount(0);
  // Rated in the chat already: no second rating form, but a comment and the transcript are one click away.
  await expect(page.getByRole("link", { name: "Download transcript" })).toHaveAttribute("href", /\/transcript\?token=cst_/);
  const ratingForm = page.getByRole("group", { name: "How did we do?", exact: true });
  await expect(ratingForm).toHaveCount(0);
  await page.getByRole("button", { name: "Add a comment" }).click();
  await expect(ratingForm).toBeVisible();
  await expect(page.getByRole("button", { name: "Talk to a person" })).toHaveCount(0);

  // The server has exactly what the customer saw.
  const transcript = await serverTranscript(page, "acme");
  expect(transcript.status).toBe("resolved");
  expect(transcript.messages.filter((message) => message.author === "customer").map((message) => message.text)).toEqual([
    "where is my order",
    "Yes, thanks",
    "4",
  ]);

  // Starting over gives a fresh conversation.
  await page.getByRole("button", { name: "Start a new chat" }).click();
  await expect(page.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");
  await expect(customerBubbles(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Talk to a person" })).toBeVisible();
});

test("offline: the banner shows, a message waits as not sent, and is delivered exactly once when back online", async ({ page, context }) => {
  await openDemoChat(page);

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "Connection lost — we'll reconnect…" })).toBeVisible();
  await say(page, "has my parcel shipped");
  await expect(customerBubbles(page).last()).toHaveText("has my parcel shipped");
  await expect(page.getByText("Not sent — will retry")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Back online" })).toBeVisible();
  await expect(page.getByText("Not sent — will retry")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Yes, thanks" })).toBeVisible();
  await expect(customerBubbles(page).filter({ hasText: "has my parcel shipped" })).toHaveCount(1);

  const transcript = await serverTranscript(page, "acme");
  expect(transcript.messages.filter((message) => message.author === "customer" && message.text === "has my parcel shipped")).toHaveLength(1);

  // After the reload too: one copy, nothing left waiting.
  await page.reload();
  await expect(customerBubbles(page)).toHaveCount(1);
  await expect(page.getByText(/Not sent|Sending…/)).toHaveCount(0);
});

test("hostile text is shown as text on a phone: no HTML, no script, safe links, long words wrap", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openDemoChat(page);

  // Mobile: the composer is on screen and the text is 16 px (iOS would zoom in on less).
  await expect(composer(page)).toBeInViewport();
  expect(await composer(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(16);

  const hostile = `<img src=x onerror=alert(1)> <script>alert(2)</script> javascript:alert(3) https://example.com/help?q=1. ${"W".repeat(400)} مرحبا بالعالم 👋`;
  await say(page, hostile);
  const bubble = customerBubbles(page).last();
  await expect(bubble).toHaveText(hostile);
  await expect(page.locator('[data-author="bot"]').last()).not.toHaveText("What can I help you with today?");

  // Nothing became markup; the one real link is safe; the javascript: text is not a link.
  await expect(page.getByRole("log").locator("img, script")).toHaveCount(0);
  const link = bubble.getByRole("link");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", "https://example.com/help?q=1");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(bubble).toHaveAttribute("dir", "auto");

  // The long word wraps inside the bubble: no sideways scrolling, and the composer is still there.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await bubble.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(composer(page)).toBeInViewport();
  expect(dialogs).toBe(0);
  await context.close();
});

test("over the per-session limit (a real 429 from the server): a polite notice, and the message is back in the box", async ({ page }) => {
  await openDemoChat(page);
  // Use up this chat's 30 messages a minute straight through the API, with the session the page keeps: one
  // message retried 30 times (idempotent — one answer, nothing stored twice — but every request counts).
  const statuses = await page.evaluate(async (key) => {
    const session = JSON.parse(localStorage.getItem(key) ?? "null") as { sessionId: string; token: string };
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`/api/v1/chat/sessions/${session.sessionId}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ clientMessageId: "burst", text: "what are your opening hours" }),
      });
      codes.push(response.status);
    }
    return codes;
  }, "tandem:chat:acme");
  expect(statuses.every((status) => status === 200)).toBe(true);

  await say(page, "one more thing");
  const notice = page.getByRole("alert").filter({ hasText: "You're sending messages quickly — please wait a moment." });
  await expect(notice).toContainText("Your message is back in the box.");
  await expect(composer(page)).toHaveValue("one more thing");
});

test("a closed or unknown chat shows a friendly page", async ({ page }) => {
  const response = await page.goto("/c/no-such-chat-here");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "This chat isn't available" })).toBeVisible();
  await expect(page.getByText(/check the address/)).toBeVisible();
});

/** An admin sets up a team of one new agent, open 24/7, and publishes a flow that hands off to it; returns the chat link. */
async function setUpOwnTeam(page: Page, suffix: string, agent: { name: string; email: string; password: string }) {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/members");
  const member = page.getByRole("form", { name: "Add a member" });
  await member.getByLabel("Name").fill(agent.name);
  await member.getByLabel("Email").fill(agent.email);
  await member.getByLabel("Initial password").fill(agent.password);
  await member.getByRole("button", { name: "Add member" }).click();
  await expect(member.getByRole("status")).toContainText(`${agent.name} can now sign in`);

  const team = `Chat desk ${suffix}`;
  await page.goto("/settings/teams");
  await page.getByRole("button", { name: "New team" }).click();
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Team name").fill(team);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText(`${team} created`)).toBeVisible();
  const card = page.getByRole("listitem", { name: `Team ${team}` });
  const members = card.getByRole("form", { name: `Members of ${team}` });
  await members.getByLabel(new RegExp(agent.name)).check();
  await members.getByRole("button", { name: "Save members" }).click();
  await expect(members.getByRole("status")).toHaveText("Members saved: 1 person.");
  const hours = card.getByRole("form", { name: `Business hours of ${team}` });
  await hours.getByRole("button", { name: "Open 24/7" }).click();
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByRole("status")).toHaveText("Hours saved.");

  // "After-hours callback": asks what is needed, then hands off — here to the new team.
  await createFlow(page, `Chat spec ${suffix}`, "After-hours callback");
  await selectNode(page, page.getByTestId("node-handoff")); // the template's handoff step
  await page.getByTestId("node-settings").getByLabel("Team", { exact: true }).selectOption({ label: team });
  await expectSaved(page);
  await page.getByRole("tab", { name: "Publish" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();
  // Read the link from a fresh load of the panel, as an admin coming back to it would.
  await page.reload();
  await page.getByRole("tab", { name: "Publish" }).click();
  return page.getByRole("textbox", { name: "Chat link" }).inputValue();
}

async function agentOnline(browser: Browser, agent: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, agent.email, agent.password, /\/inbox/);
  await page.getByRole("radio", { name: "Online" }).check();
  await expect(page.getByRole("radio", { name: "Online" })).toBeChecked();
  return { context, page };
}

test("keyboard: Talk to a person → place in line → an agent joins → they talk live → a reload keeps it all", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const suffix = Date.now().toString(36);
  const agent = { name: `Jordan Lee ${suffix}`, email: `jordan.${suffix}@acme.test`, password: "jordan-first-pass" };
  const link = await setUpOwnTeam(page, suffix, agent);
  const inbox = await agentOnline(browser, agent);

  const customerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const customer = await customerContext.newPage();
  await customer.goto(link);
  await expect(customer.locator('[data-author="bot"]').last()).toHaveText("In a sentence, what do you need help with?");

  // Keyboard only: Tab reaches "Talk to a person", Enter presses it.
  const talk = customer.getByRole("button", { name: "Talk to a person" });
  for (let presses = 0; presses < 10 && !(await talk.evaluate((element) => element === document.activeElement)); presses++)
    await customer.keyboard.press("Tab");
  await expect(talk).toBeFocused();
  await customer.keyboard.press("Enter");
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();
  await expect(customer.getByText("They'll see this whole conversation — no need to repeat yourself")).toBeVisible();
  await expect(customer.getByTestId("queue-position")).toContainText(/You're number 1 in line · about \d+ min/);
  await expect(customer.getByRole("button", { name: "Request a callback" })).toBeVisible();
  await expect(talk).toHaveCount(0);

  // Waiting, the customer leaves a message; it is not lost.
  await say(customer, "My invoice shows the wrong address");
  await expect(customerBubbles(customer).last()).toHaveText("My invoice shows the wrong address");

  // The agent is alerted, opens it and accepts.
  const toast = inbox.page.getByTestId("inbox-toast").first();
  await expect(toast).toContainText("New conversation waiting");
  await toast.getByRole("link").click();
  await expect(inbox.page.getByText("My invoice shows the wrong address").first()).toBeVisible();
  await inbox.page.getByRole("button", { name: "Accept", exact: true }).click();

  await expect(customer.getByText(`${agent.name} joined the chat`)).toBeVisible();
  await expect(customer.getByText("You're chatting with our team")).toBeVisible();
  await expect(customer.getByText("Connecting you with a person…")).toHaveCount(0);

  // Live, both ways, with the agent's name on their message; typing shows on each side.
  const agentComposer = inbox.page.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  await agentComposer.pressSequentially("Hi! I can fix");
  await expect(customer.getByTestId("agent-typing")).toHaveText("Jordan is typing…");
  await agentComposer.fill("Hi! I can fix the address on that invoice for you.");
  await agentComposer.press("Enter");
  const reply = customer.locator('[data-author="agent"]').last();
  await expect(reply).toHaveText("Hi! I can fix the address on that invoice for you.");
  await expect(customer.getByTestId("agent-typing")).toHaveCount(0);
  await expect(customer.getByRole("log")).toContainText(`${agent.name} said`);
  await composer(customer).pressSequentially("Great");
  await expect(inbox.page.getByTestId("typing-indicator")).toContainText("is typing…");
  await composer(customer).fill("Great, thank you!");
  await composer(customer).press("Enter");
  await expect(inbox.page.getByRole("log", { name: /Transcript with/ }).getByText("Great, thank you!")).toBeVisible();
  // The agent has it on screen: the customer's latest message says so.
  await expect(customer.getByTestId("seen")).toHaveText("Seen");
  await expect(customerBubbles(customer).last().locator("xpath=..")).toContainText("Seen");

  // A reload after the agent joined: the same conversation, still with the agent.
  await customer.reload();
  await expect(customer.locator('[data-author="agent"]').last()).toHaveText("Hi! I can fix the address on that invoice for you.");
  await expect(customerBubbles(customer).last()).toHaveText("Great, thank you!");
  await expect(customer.getByText("You're chatting with our team")).toBeVisible();
  await expect(customer.getByRole("button", { name: "Talk to a person" })).toHaveCount(0);
  await agentComposer.fill("Done — the corrected invoice is in your account.");
  await agentComposer.press("Enter");
  await expect(customer.locator('[data-author="agent"]').last()).toHaveText("Done — the corrected invoice is in your account.");

  await inbox.context.close();
  await customerContext.close();
});
