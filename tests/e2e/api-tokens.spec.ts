import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Each test names its own token: other specs (and the other worker) share the demo workspace.
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test("an admin creates a token, copies it once, the API accepts it, and after Revoke the same request gets 401", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = unique("E2E deploy");
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API tokens" })).toHaveAttribute("aria-current", "page");
  // How to use: a curl example against this very server.
  const usage = page.getByRole("region", { name: "How to use" });
  await expect(usage.getByRole("textbox", { name: "Example request" })).toHaveValue(new RegExp(`curl -s ${baseURL}/api/v1/flows`));
  await expect(usage).toContainText("docs/api.md");

  await page.getByRole("button", { name: "Create token" }).click();
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create token" }).click();

  // The token, once, with Copy.
  const notice = page.getByRole("region", { name: "Your new API token" });
  await expect(notice).toContainText("You won't see this token again");
  const token = await notice.getByRole("textbox", { name: "API token" }).inputValue();
  expect(token).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
  await notice.getByRole("button", { name: "Copy API token" }).click();
  await expect(notice.getByRole("button", { name: "Copy API token" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await notice.getByRole("button", { name: "I've copied it" }).click();
  await expect(notice).toBeHidden();

  const row = page.getByRole("row", { name: `API token ${name}` });
  await expect(row).toContainText(`${token.slice(0, 8)}…`);
  await expect(row).toContainText("Morgan Reyes");
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");

  // The script's side: the copied token works on the workspace API.
  const headers = { authorization: `Bearer ${token}` };
  const ok = await request.get("/api/v1/flows", { headers });
  expect(ok.status()).toBe(200);
  expect((await ok.json()) as unknown).toMatchObject({ flows: expect.arrayContaining([expect.objectContaining({ slug: "acme" })]) });

  // Afterwards the page never shows the token again, and knows it was used.
  await page.reload();
  await expect(row).toContainText("just now");
  await expect(row).not.toContainText("Never");
  await expect(page.locator("body")).not.toContainText(token);

  // Revoke, confirmed: the same request is refused.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain(name);
    void dialog.accept();
  });
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Revoked “${name}”` })).toBeVisible();
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/flows", { headers });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthorized");

  // A revoked token can be removed from the list.
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(row).toHaveCount(0);
});

test("rotating: the new token stays on screen while the old one is revoked; cancelling a confirmation revokes nothing", async ({ page, request }) => {
  const oldName = unique("E2E old");
  const newName = unique("E2E new");
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/api-tokens");
  const notice = page.getByRole("region", { name: "Your new API token" });
  const createToken = async (name: string) => {
    await page.getByRole("button", { name: "Create token" }).click();
    const form = page.getByRole("form", { name: "New API token" });
    await form.getByLabel("Name").fill(name);
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(notice).toContainText(name);
    return notice.getByRole("textbox", { name: "API token" }).inputValue();
  };
  const status = async (token: string) => (await request.get("/api/v1/flows", { headers: { authorization: `Bearer ${token}` } })).status();
  const oldToken = await createToken(oldName);
  const newToken = await createToken(newName);
  expect(newToken).not.toBe(oldToken);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Revoke ${oldName}` }).click();
  await expect(page.getByRole("row", { name: `API token ${oldName}` })).toContainText("Revoked");
  await expect(notice.getByRole("textbox", { name: "API token" })).toHaveValue(newToken);
  expect(await status(oldToken)).toBe(401);

  page.once("dialog", (dialog) => void dialog.dismiss());
  const row = page.getByRole("row", { name: `API token ${newName}` });
  await row.getByRole("button", { name: `Revoke ${newName}` }).click();
  await expect(row).toContainText("Active");
  expect(await status(newToken)).toBe(200);
});

test("a bad name is refused beside the field, what was typed stays, and no token is made", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/api-tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const form = page.getByRole("form", { name: "New API token" });
  const field = form.getByLabel("Name");

  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Name the token after what will use it", { exact: false })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  const long = `${unique("E2E long")} ${"x".repeat(60)}`;
  await field.fill(long);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Keep the name to 60 characters or fewer.")).toBeVisible();
  await expect(field).toHaveValue(long);
  await expect(page.getByRole("region", { name: "Your new API token" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: `API token ${long}` })).toHaveCount(0);
});

test("an agent is kept out of the page and the API", async ({ page }) => {
  await signIn(page, "sam@acme.test");
  await page.goto("/settings/api-tokens");
  await expect(page).toHaveURL(/\/inbox\?denied=/);
  await expect(page.getByText(/for workspace admins/)).toBeVisible();
  expect((await page.request.get("/api/trpc/apiTokens.list")).status()).toBe(403);
});

test("Settings → Identity shows how a site's server signs its customers, in the language the admin picks, ready to copy", async ({ page, context }) => {
  // Only reads the page: turning verification on would refuse the unsigned identities other specs (the other worker) use.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/identity");
  const signing = page.getByRole("region", { name: "Sign on your server" });
  await expect(signing.getByRole("radio", { name: "Node.js" })).toHaveAttribute("aria-checked", "true");
  await expect(signing.getByRole("textbox", { name: "Node.js example" })).toHaveValue(/createHmac\("sha256", process\.env\.TANDEM_IDENTITY_SECRET\)/);
  await signing.getByRole("radio", { name: "Python" }).click();
  const python = signing.getByRole("textbox", { name: "Python example" });
  await expect(python).toHaveValue(/hmac\.new\(/);
  await signing.getByRole("button", { name: "Copy python example" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await python.inputValue());
  await expect(signing.getByRole("textbox", { name: "In the page" })).toHaveValue(/Tandem\.identify\(\{ id: "42".*userHash/);
});
