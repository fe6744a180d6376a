import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("export a flow, import it back, and a bad file is refused with its problems", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/flows");
  const row = page.getByRole("row", { name: /Acme support/ });
  const downloading = page.waitForEvent("download");
  await row.getByRole("button", { name: "Export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("acme.json");
  const file = await download.path();

  // A file that is not JSON: problems shown, nothing created.
  const rowsBefore = await page.getByRole("row").count();
  await page.getByRole("button", { name: "Import flow" }).click();
  const dialog = page.getByRole("form", { name: "Import flow" });
  await dialog.getByLabel("Flow file (.json)").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("hello, not json") });
  await dialog.getByLabel("Name").fill("Broken import");
  await dialog.getByRole("button", { name: "Import and open" }).click();
  await expect(dialog.getByText("This file is not JSON.")).toBeVisible();
  // Wrong version and unknown node types are listed too.
  const wrong = JSON.stringify({ version: 1, nodes: [{ id: "x", type: "teleport", position: { x: 0, y: 0 }, data: {} }], edges: [], settings: {} });
  await dialog.getByLabel("Flow file (.json)").setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from(wrong) });
  await dialog.getByRole("button", { name: "Import and open" }).click();
  await expect(dialog.getByText(/Unknown node type/)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("row")).toHaveCount(rowsBefore);

  // The exported file round-trips.
  await page.getByRole("button", { name: "Import flow" }).click();
  await dialog.getByLabel("Flow file (.json)").setInputFiles(file);
  await dialog.getByLabel("Name").fill("Acme copy");
  await dialog.getByRole("button", { name: "Import and open" }).click();
  await expect(page).toHaveURL(/\/flows\/[a-z0-9]+$/);
  await expect(page.locator(".react-flow__node")).toHaveCount(11);
  await expect(page.getByRole("heading", { name: "Acme copy" })).toBeVisible();
});
