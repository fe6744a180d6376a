import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ viewport: { width: 1600, height: 1000 } });

test("an admin sees the flow measured on the canvas, teaches an unrecognised message to an intent, and Preview then classifies it", async ({ page }) => {
  // Two customers write the same thing the demo bot cannot place (a wording unique to this run).
  const word = `zorblax${Date.now().toString(36)}`;
  const text = `${word} quimp`;
  for (const customer of ["one", "two"]) {
    const started = await page.request.post("/api/v1/chat/acme/sessions");
    expect(started.status()).toBe(201);
    const { sessionId, token } = (await started.json()) as { sessionId: string; token: string };
    const sent = await page.request.post(`/api/v1/chat/sessions/${sessionId}/messages`, {
      headers: { authorization: `Bearer ${token}` },
      data: { clientMessageId: `${customer}-1`, text: customer === "one" ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}?` },
    });
    expect(sent.status()).toBe(200);
  }

  await signIn(page, "admin@acme.test");
  await page.getByRole("link", { name: "Not understood" }).click();
  await expect(page).toHaveURL(/\/analytics\/unrecognised/);
  const group = page.locator(`[data-phrase-key="${word} quimp"]`);
  await expect(group.getByTestId("unrecognised-count")).toHaveText("2");
  await expect(group.getByRole("link", { name: /Conversation/ })).toHaveCount(2);
  await group.getByLabel(/Intent for/).selectOption({ label: "Order status" });
  await group.getByRole("button", { name: "Add as example" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toContainText("Order status");
  await expect(group).toHaveCount(0);

  await page.getByRole("link", { name: "Open builder" }).click();
  await expect(page.getByTestId("flow-canvas")).toBeVisible();
  await page.getByRole("switch", { name: "Analytics" }).click();
  const canvas = page.getByTestId("analytics-canvas");
  await expect(canvas).toBeVisible();
  await expect(canvas.getByRole("radio", { name: "30 days" })).toHaveAttribute("aria-checked", "true");
  const visits = Number(await canvas.getByTestId("overlay-visits-understand").textContent());
  expect(visits).toBeGreaterThanOrEqual(2);
  await expect(canvas.getByTestId("overlay-exit-understand-low_confidence")).toContainText("%");
  await expect(canvas.getByTestId("overlay-unrecognised-understand")).toContainText("not understood");
  await expect(canvas.getByRole("group", { name: "Heat legend" })).toBeVisible();
  await canvas.getByRole("radio", { name: "7 days" }).click();
  await expect(canvas.getByRole("radio", { name: "7 days" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("switch", { name: "Analytics" }).click();
  await expect(page.getByTestId("flow-canvas")).toBeVisible();

  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByTestId("preview-panel");
  await expect(preview.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");
  await preview.getByLabel("Message to the bot").fill(text);
  await preview.getByRole("button", { name: "Send" }).click();
  await expect(preview.getByTestId("preview-variables")).toContainText("Order status");
});
