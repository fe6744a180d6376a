import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("the admin signs in and sees Flows, the workspace and their role", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await expect(page).toHaveURL(/\/flows$/);
  await expect(page.getByRole("heading", { name: "Flows", level: 1 })).toBeVisible();
  await expect(page.getByTestId("workspace-name")).toHaveText("Acme Support");
  await expect(page.getByTestId("viewer-name")).toHaveText("Morgan Reyes");
  await expect(page.getByTestId("viewer-role")).toContainText("Admin");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Flows", "Inbox", "Analytics", "Settings"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("row", { name: /Sam Carter/ })).toBeVisible();
  const settings = page.getByRole("navigation", { name: "Settings" });
  await settings.getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("listitem", { name: "Team Billing" })).toContainText("Sam Carter");
  // Technical's hours: the handoff spec opens Billing around the clock, possibly at the same time.
  await expect(page.getByRole("listitem", { name: "Team Technical" })).toContainText("Mon–Fri 09:00–17:00 (Europe/London)");
  await settings.getByRole("link", { name: "Knowledge base" }).click();
  await expect(page.getByRole("heading", { name: "Refund policy" })).toBeVisible();
  for (const section of ["Canned replies", "API tokens", "LLM provider"]) {
    await settings.getByRole("link", { name: section }).click();
    await expect(settings.getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
  }
});

test("an agent reaches the Inbox and their teams' Analytics but is kept out of Flows and Settings", async ({ page }) => {
  await signIn(page, "sam@acme.test");
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await expect(page.getByTestId("viewer-role")).toContainText("Agent");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Flows" })).toHaveCount(0);
  for (const path of ["/flows", "/settings/members"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/inbox\?denied=/);
    await expect(page.getByText(/for workspace admins/)).toBeVisible();
  }
  // Analytics is open to agents, for their own teams.
  await page.goto("/analytics");
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await expect(page.getByText(/Your teams' conversations/)).toBeVisible();
  // The API says no as well.
  const response = await page.request.get("/api/trpc/members.list");
  expect(response.status()).toBe(403);
});

test("a wrong password shows a clear error and signs nobody in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin@acme.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue("admin@acme.test");
  await page.goto("/flows");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fflows/);
  expect((await page.request.get("/api/trpc/viewer.me")).status()).toBe(401);
});

test("a malformed email or empty password gets a message in the form", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("admin-at-acme");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That doesn't look like an email address")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("signing in from a deep link comes back to it; signing out ends the session", async ({ page }) => {
  await page.goto("/settings/members");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill("admin@acme.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown route shows a proper 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page doesn't exist" })).toBeVisible();
});

test("guessing a password: the form says how long to wait and keeps what was typed; the admin sees it on Members", async ({ page, browser }) => {
  test.setTimeout(240_000); // the waits double: up to a minute or two on a slow machine
  // A member of our own, so no other spec signing in from this machine is slowed down.
  const suffix = Date.now().toString(36);
  const name = `Riley Guess ${suffix}`;
  const email = `riley.guess.${suffix}@acme.test`;
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/members");
  const form = page.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("riley-first-pass");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toContainText(`${name} can now sign in as ${email}`);

  const context = await browser.newContext();
  const guesser = await context.newPage();
  await guesser.goto("/sign-in");
  const submit = guesser.locator("form button[type=submit]");
  const alert = guesser.locator("form").getByRole("alert");
  /** One attempt through the form; resolves with what the form then says. */
  const guess = async (password: string) => {
    await guesser.getByLabel("Email").fill(email);
    await guesser.getByLabel("Password").fill(password);
    await expect(submit).toHaveText("Sign in");
    const answered = guesser.waitForResponse((response) => response.request().method() === "POST" && "next-action" in response.request().headers());
    await submit.click();
    await answered;
    // The answer and the end of "Signing in…" render together.
    await expect(submit).not.toHaveText("Signing in…");
    return (await alert.textContent()) ?? "";
  };
  // Three wrong passwords are checked; then each further one must wait longer (1 s, 2 s, 4 s…). How many get
  // checked before one comes inside a wait depends on the machine's speed, so guess until at least five were
  // checked and one was refused with a wait of several seconds (long enough to watch the countdown).
  let failures = 0;
  let longWaits = 0;
  for (let i = 0; i < 25 && (failures < 5 || longWaits === 0); i++) {
    const said = await guess(`guess-${i}`);
    if (/don't match an account/.test(said)) {
      failures++;
      continue;
    }
    expect(said).toMatch(/^Too many attempts — try again in \d+ s\.$/);
    // Nothing typed is lost.
    await expect(guesser.getByLabel("Email")).toHaveValue(email);
    await expect(guesser.getByLabel("Password")).toHaveValue(`guess-${i}`);
    const wait = Number(said.match(/(\d+) s\.$/)![1]);
    if (wait >= 4) {
      longWaits++;
      // The button counts down instead of letting a doomed attempt through.
      await expect(submit).toBeDisabled();
      await expect(submit).toHaveText(/^Try again in \d+ (s|min)$/);
    }
    await expect(submit).toHaveText("Sign in", { timeout: (wait + 10) * 1000 });
  }
  expect(failures).toBeGreaterThanOrEqual(5);
  expect(longWaits).toBeGreaterThan(0);

  // The admin is told on Members, in the panel and on the member's row.
  await page.reload();
  await expect(page.getByTestId("sign-in-alerts")).toContainText(`${failures} failed sign-ins for ${email} from 1 address — the last`);
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toContainText(`${failures} failed sign-ins in 24 h`);

  // Once the wait is over, the right password gets them in.
  for (let i = 0; i < 10 && !/\/inbox$/.test(guesser.url()); i++) {
    await guesser.getByLabel("Password").fill("riley-first-pass");
    await expect(submit).toHaveText("Sign in", { timeout: 120_000 });
    await submit.click();
    await guesser.waitForURL(/\/inbox$/, { timeout: 5_000 }).catch(() => {});
  }
  await expect(guesser).toHaveURL(/\/inbox$/);
  await context.close();
});
