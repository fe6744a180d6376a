import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The workspace's rules are shared by every spec: this one only adds a rule on a variable no demo chat has, and puts the defaults back.
test("an admin adds priority rules, a bad one is explained beside its field, and the saved rules come back after a reload", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Priorities" }).click();
  await expect(page).toHaveURL(/\/settings\/priorities$/);
  const form = page.getByRole("form", { name: "Queue priorities" });
  // The defaults: VIPs (true or yes) and frustrated customers.
  await expect(form.getByRole("group", { name: /^Rule \d+$/ })).toHaveCount(3);
  await expect(form.getByRole("group", { name: "Rule 3" }).getByLabel("Frustrated")).toBeChecked();

  await form.getByRole("button", { name: "Add rule" }).click();
  const added = form.getByRole("group", { name: "Rule 4" });
  await added.getByLabel("Variable").fill("plan");
  await added.getByLabel("Check").selectOption({ label: "is" });
  await added.getByLabel("Add points").fill("0");
  await form.getByRole("button", { name: "Save priorities" }).click();
  await expect(form.getByText("Please fix the highlighted fields.")).toBeVisible();
  await expect(added.getByText("Enter the value to compare with.")).toBeVisible();
  await expect(added.getByText("Add at least 1 point.")).toBeVisible();
  await expect(added.getByLabel("Variable")).toHaveValue("plan"); // nothing typed is lost

  await added.getByLabel("Value").fill("gold");
  await added.getByLabel("Add points").fill("25");
  await expect(added.getByText("+25 when plan is “gold”")).toBeVisible();
  await form.getByRole("button", { name: "Add rule" }).click();
  const reasons = form.getByRole("group", { name: "Rule 5" });
  await reasons.getByLabel("When").selectOption({ label: "the handover reason" });
  await reasons.getByLabel("Repeated themselves").check();
  await reasons.getByLabel("Bot didn't understand").check();
  await reasons.getByLabel("Add points").fill("3");
  await expect(reasons.getByText("+3 when the reason is Bot didn't understand or Repeated themselves")).toBeVisible();
  await form.getByRole("button", { name: "Save priorities" }).click();
  await expect(form.getByRole("status")).toHaveText("Priorities saved. They apply to conversations that join a queue from now on.");

  await page.reload();
  const reloaded = page.getByRole("form", { name: "Queue priorities" });
  await expect(reloaded.getByRole("group", { name: /^Rule \d+$/ })).toHaveCount(5);
  await expect(reloaded.getByRole("group", { name: "Rule 4" }).getByLabel("Value")).toHaveValue("gold");
  await expect(reloaded.getByRole("group", { name: "Rule 4" }).getByLabel("Add points")).toHaveValue("25");
  await expect(reloaded.getByRole("group", { name: "Rule 5" }).getByLabel("Bot didn't understand")).toBeChecked();

  // Removing one, then going back to the defaults.
  await reloaded.getByRole("button", { name: "Remove rule 5" }).click();
  await expect(reloaded.getByRole("group", { name: /^Rule \d+$/ })).toHaveCount(4);
  await reloaded.getByRole("button", { name: "Restore the defaults" }).click();
  await expect(reloaded.getByRole("group", { name: /^Rule \d+$/ })).toHaveCount(3);
  await reloaded.getByRole("button", { name: "Save priorities" }).click();
  await expect(reloaded.getByRole("status")).toHaveText(/Priorities saved/);
  await page.reload();
  await expect(page.getByRole("form", { name: "Queue priorities" }).getByRole("group", { name: /^Rule \d+$/ })).toHaveCount(3);
});

test("agents are kept out of Settings → Priorities", async ({ page }) => {
  await signIn(page, "sam@acme.test");
  await page.goto("/settings/priorities");
  await expect(page).toHaveURL(/\/inbox/);
});
