import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin adds an agent, who can then sign in to the inbox", async ({ page, browser }) => {
  const email = `riley.${Date.now()}@acme.test`;
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/members");
  const form = page.getByRole("form", { name: "Add a member" });

  // Bad input first: per-field messages, nothing lost, nothing created.
  await form.getByLabel("Name").fill("Riley Park");
  await form.getByLabel("Email").fill("riley-at-acme");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  await expect(form.getByText("at least 8 characters")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("Riley Park");

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("riley-first-pass");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toContainText(`Riley Park can now sign in as ${email}`);
  await expect(page.getByRole("row", { name: /Riley Park/ })).toContainText("Agent");

  const context = await browser.newContext();
  const agentPage = await context.newPage();
  await signIn(agentPage, email, "riley-first-pass", /\/inbox$/);
  await expect(agentPage.getByTestId("viewer-name")).toHaveText("Riley Park");

  // Made an admin, Riley makes an API token; made an agent again, Riley loses it, and the admin is told.
  await page.getByLabel("Role of Riley Park").selectOption("ADMIN");
  await expect(page.getByRole("status").filter({ hasText: "Riley Park is now an admin." })).toBeVisible();
  await agentPage.goto("/settings/api-tokens");
  await agentPage.getByRole("button", { name: "Create token" }).click();
  const tokenForm = agentPage.getByRole("form", { name: "New API token" });
  await tokenForm.getByLabel("Name").fill("riley's script");
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  const token = await agentPage.getByRole("region", { name: "Your new API token" }).getByRole("textbox", { name: "API token" }).inputValue();
  expect((await agentPage.request.get("/api/v1/flows", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  await page.getByLabel("Role of Riley Park").selectOption("AGENT");
  await expect(page.getByRole("status").filter({ hasText: "Riley Park is now an agent. The API token Riley Park made was revoked." })).toBeVisible();
  expect((await agentPage.request.get("/api/v1/flows", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  await context.close();
});

test("the last admin cannot be demoted, and the UI says why", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/members");
  await page.getByLabel("Role of Morgan Reyes").selectOption("AGENT");
  await expect(page.getByRole("alert").filter({ hasText: "last admin" })).toBeVisible();
  await expect(page.getByLabel("Role of Morgan Reyes")).toHaveValue("ADMIN");
});
