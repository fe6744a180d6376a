import { expect, test } from "@playwright/test";
import { connect, createFlow, dropNode, expectSaved, nodeOf, selectNode } from "./builder-helpers";
import { signIn } from "./helpers";

test.use({ viewport: { width: 1600, height: 1000 } });

test("an admin draws the graduated escalation flow from a blank canvas, fixes a problem, previews, publishes and chats", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@acme.test");
  await createFlow(page, `Graduated ${Date.now()}`, "Blank flow");
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom Out" }).click();

  const grid: [string, number, number][] = [
    ["message", 60, 380],
    ["understand", 220, 380],
    ["rephrase", 380, 560],
    ["self_service", 380, 740],
    ["route", 540, 380],
    ["handoff_warm", 700, 380],
    ["callback", 700, 600],
    ["end", 860, 480],
  ];
  for (const [type, x, y] of grid) await dropNode(page, type, x, y);

  // Understand: one intent with example phrases.
  await selectNode(page, nodeOf(page, "understand"));
  const settings = page.getByTestId("node-settings");
  await settings.getByLabel("New intent").fill("Refund");
  await settings.getByRole("button", { name: "Add intent" }).click();
  await settings.getByLabel("Example phrases").fill("I want a refund\nrefund my order\ngive me my money back\ncan I get a refund\nI want my money back");
  // Route: everything goes to Billing by default.
  await selectNode(page, nodeOf(page, "route"));
  await settings.getByLabel("Default team").selectOption({ label: "Billing" });

  const [start, message, understand, rephrase, selfService, route, handoff, callback, end] = [
    "start",
    "message",
    "understand",
    "rephrase",
    "self_service",
    "route",
    "handoff_warm",
    "callback",
    "end",
  ].map((type) => nodeOf(page, type)) as [
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
    ReturnType<typeof nodeOf>,
  ];
  const wiring: [typeof start, string, typeof start][] = [
    [start, "next", message],
    [message, "next", understand],
    [understand, "refund", route],
    [understand, "low_confidence", rephrase],
    [rephrase, "understood", route],
    [rephrase, "still_unclear", selfService],
    [selfService, "resolved", end],
    [selfService, "not_resolved", route],
    [selfService, "no_match", route],
    [route, "default", handoff],
    [handoff, "resolved", end],
    [handoff, "no_agent", callback],
    [callback, "scheduled", end],
  ];
  for (const [from, port, to] of wiring) await connect(page, from, port, to);
  // Edges off screen are not drawn (onlyRenderVisibleElements): count the connected exits instead.
  await expect(page.locator('.react-flow__handle[data-connected="true"]')).toHaveCount(wiring.length);

  // The callback's "Declined" exit is left open: the problems list says so and focuses the node.
  await page.getByRole("tab", { name: "Problems (1)" }).click();
  const problem = page.getByRole("button", { name: /connect its "Declined" exit/ });
  await expect(problem).toBeVisible();
  await problem.click();
  await expect(page.getByTestId("node-settings")).toContainText("Callback");
  await expect(callback).toHaveClass(/ring-brand/);
  await page.getByRole("button", { name: "Fit view" }).click();
  await page.waitForTimeout(400); // the fit animation
  await connect(page, callback, "declined", end);
  await expect(page.getByRole("tab", { name: "Problems", exact: true })).toBeVisible();
  await expectSaved(page);

  // Preview: the real engine on the draft; the handoff shows what the agent would get.
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByTestId("preview-panel");
  await expect(preview.locator('[data-author="bot"]').first()).toHaveText("Hi! How can I help?");
  await preview.getByLabel("Message to the bot").fill("I want a refund");
  await preview.getByRole("button", { name: "Send" }).click();

  await expect(preview.getByTestId("handoff-preview")).toContainText("Warm handoff to Billing");
  await expect(preview.getByTestId("handoff-preview")).toContainText("Refund");
  await expect(handoff).toHaveClass(/ring-emerald/);

  // Publish, then the chat link greets the customer.
  await page.getByRole("tab", { name: "Publish" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published version 1.")).toBeVisible();
  const link = await page.getByRole("textbox", { name: "Chat link" }).inputValue();
  await page.goto(link);
  await expect(page.locator('[data-author="bot"]').first()).toHaveText("Hi! How can I help?");
});

test("undo/redo, copy/paste and duplicate on the canvas", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await createFlow(page, `Keys ${Date.now()}`, "Blank flow");
  await dropNode(page, "message", 500, 300);
  const nodes = page.locator(".react-flow__node");
  await expect(nodes).toHaveCount(2);

  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.keyboard.press("Control+z");
  await expect(nodes).toHaveCount(1);
  await page.keyboard.press("Control+Shift+z");
  await expect(nodes).toHaveCount(2);

  await selectNode(page, nodeOf(page, "message"));
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(page.locator('[data-testid^="node-message-"]')).toHaveCount(2);
  await page.keyboard.press("Control+d");
  await expect(page.locator('[data-testid^="node-message-"]')).toHaveCount(3);
  await page.keyboard.press("Control+a");
  await expect(page.locator(".react-flow__node.selected")).toHaveCount(4);
  await page.keyboard.press("Delete");
  await expect(nodes).toHaveCount(1); // Start cannot be deleted
  await page.keyboard.press("Control+z");
  await expect(nodes).toHaveCount(4);
  await expectSaved(page);
  await page.reload();
  await expect(nodes).toHaveCount(4);
});

test("a conflicting save from a second browser is never lost silently", async ({ page, browser }) => {
  await signIn(page, "admin@acme.test");
  await createFlow(page, `Conflict ${Date.now()}`, "Blank flow");
  const url = page.url();
  const other = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const second = await other.newPage();
  await signIn(second, "admin@acme.test");
  await second.goto(url);
  await expect(second.locator(".react-flow__node")).toHaveCount(1);

  await dropNode(page, "message", 500, 300);
  await expectSaved(page);
  await dropNode(second, "end", 500, 500);
  const dialog = second.getByRole("alertdialog", { name: "This flow changed elsewhere" });
  await expect(dialog).toContainText("saved a newer version");
  await expect(second.locator(".react-flow__node")).toHaveCount(2); // their edit is still on screen
  await dialog.getByRole("button", { name: "Reload their version" }).click();
  await expect(second.locator('[data-testid^="node-message-"]')).toHaveCount(1);
  await expect(second.locator('[data-testid^="node-end-"]')).toHaveCount(0);
  await expectSaved(second);

  // And the other way round: overwriting keeps mine.
  await dropNode(second, "end", 500, 500);
  await expectSaved(second);
  await dropNode(page, "ask", 300, 600);
  await page.getByRole("alertdialog").getByRole("button", { name: "Overwrite with mine" }).click();
  await expectSaved(page);
  await second.reload();
  await expect(second.locator('[data-testid^="node-ask-"]')).toHaveCount(1);
  await expect(second.locator('[data-testid^="node-end-"]')).toHaveCount(0);
  await other.close();
});

test("a failed save says so, keeps the edit, and Retry saves it", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await createFlow(page, `Offline ${Date.now()}`, "Blank flow");
  await page.route("**/api/trpc/**saveDraft**", (route) => route.abort("internetdisconnected"));
  await dropNode(page, "message", 500, 300);
  await expect(page.getByTestId("save-status")).toContainText("Save failed");
  await page.unroute("**/api/trpc/**saveDraft**");
  await page.getByTestId("save-status").getByRole("button", { name: "Retry" }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('[data-testid^="node-message-"]')).toHaveCount(1);
});
