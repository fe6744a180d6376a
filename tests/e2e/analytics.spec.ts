import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const number = async (locator: import("@playwright/test").Locator) => Number(((await locator.textContent()) ?? "").replace(/,/g, ""));

test("an admin opens Analytics, changes the period and the flow, and sees the conversations just made", async ({ page, request }) => {
  for (let i = 0; i < 2; i++) expect((await request.post("/api/v1/chat/acme/sessions")).status()).toBe(201);

  await signIn(page, "admin@acme.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  const started = page.getByTestId("kpi-started").getByTestId("kpi-value");
  await expect(started).toHaveText(/^[\d,]+$/);
  expect(await number(started)).toBeGreaterThanOrEqual(2);

  await page.getByRole("radio", { name: "7 days" }).click();
  await expect(page.getByTestId("analytics-period")).toContainText("(7 days");
  await page.getByLabel("Flow").selectOption({ label: "Acme support" });
  await expect(page.getByTestId("analytics-period")).toBeVisible();
  await expect(started).toHaveText(/^[\d,]+$/);
  expect(await number(started)).toBeGreaterThanOrEqual(2);

  // Every chart has its numbers as a table.
  await page.getByRole("region", { name: "Per day" }).getByText("Show the numbers").click();
  const today = page.getByRole("table", { name: "Per day" }).getByRole("row").last();
  await expect(today).toBeVisible();

  // A period before anything happened says what to do; inverted dates say how to fix them.
  await page.getByRole("radio", { name: "Custom" }).click();
  await page.getByLabel("From", { exact: true }).fill("2020-01-01");
  await page.getByLabel("To", { exact: true }).fill("2020-01-07");
  await expect(page.getByText("No conversations in this period")).toBeVisible();
  await page.getByLabel("From", { exact: true }).fill("2020-01-09");
  await expect(page.getByRole("alert").filter({ hasText: "before it starts" })).toContainText("Swap the two dates");
});
