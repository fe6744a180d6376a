import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Each test makes its own team: the demo's Billing and Technical belong to other specs.
const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

async function createTeam(page: Page, name: string) {
  await page.goto("/settings/teams");
  await page.getByRole("button", { name: "New team" }).click();
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Team name").fill(name);
  await form.getByLabel("Skills").fill("escalations, Complaints");
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText(`${name} created`)).toBeVisible();
  return page.getByRole("listitem", { name: `Team ${name}` });
}

test("an admin creates a team, opens it 24/7 with least-busy routing, and the summary follows", async ({ page }) => {
  const name = uniqueName("Escalations");
  await signIn(page, "admin@acme.test");
  const card = await createTeam(page, name);
  await expect(card.getByTestId("team-hours")).toHaveText("Always open");
  await expect(card.getByText("complaints", { exact: true })).toBeVisible();

  // The editor opened on the new team: people first.
  const members = card.getByRole("form", { name: `Members of ${name}` });
  await members.getByLabel(/Morgan Reyes/).check();
  await members.getByRole("button", { name: "Save members" }).click();
  await expect(members.getByRole("status")).toHaveText("Members saved: 1 person.");
  await expect(card.locator("dd").first()).toHaveText("Morgan Reyes");

  // Hours: a time zone, the Open 24/7 preset, a holiday.
  const hours = card.getByRole("form", { name: `Business hours of ${name}` });
  await hours.getByLabel("Time zone").fill("Europe/Paris");
  await hours.getByLabel("Monday closed").check();
  await hours.getByRole("button", { name: "Open 24/7" }).click();
  await expect(hours.getByLabel("Monday closed")).not.toBeChecked();
  await expect(hours.getByLabel("Sunday closes")).toHaveValue("24:00");
  await hours.getByRole("button", { name: "Add holiday" }).click();
  await hours.getByLabel("Holiday 1 date").fill("2030-12-25");
  await hours.getByLabel("Holiday 1 name").fill("Christmas Day");
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByRole("status")).toHaveText("Hours saved.");
  await expect(card.getByTestId("team-hours")).toContainText("Open 24/7 (Europe/Paris)");
  await expect(card.getByTestId("team-hours")).toContainText("Closed: Christmas Day (2030-12-25)");

  // Routing: least busy, two minutes' wait.
  const routing = card.getByRole("form", { name: `Routing of ${name}` });
  await expect(routing.getByText("then the flow takes the handoff's No agent exit, usually a callback", { exact: false })).toBeVisible();
  await routing.getByRole("radio", { name: "Least busy" }).check();
  await routing.getByLabel("Max wait (seconds)").fill("120");
  await routing.getByRole("button", { name: "Save routing" }).click();
  await expect(routing.getByRole("status")).toHaveText("Routing saved.");
  await expect(card.getByTestId("team-routing")).toContainText("Least busy — the online agent with the fewest conversations");
  await expect(card.getByTestId("team-routing")).toContainText("After 2 min without an agent");

  // It was saved, not just shown.
  await page.reload();
  const reloaded = page.getByRole("listitem", { name: `Team ${name}` });
  await expect(reloaded.getByTestId("team-hours")).toContainText("Open 24/7 (Europe/Paris)");
  await expect(reloaded.getByTestId("team-routing")).toContainText("Least busy");
  await reloaded.getByRole("button", { name: `Edit ${name}` }).click();
  await expect(reloaded.getByRole("radio", { name: "Least busy" })).toBeChecked();

  // An unused team can be deleted.
  page.once("dialog", (dialog) => dialog.accept());
  await reloaded.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page.getByText(`${name} deleted.`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: `Team ${name}` })).toHaveCount(0);
});

test("bad input shows field errors and keeps what was typed", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/teams");

  // A name in use (ignoring case) is refused under the name field.
  await page.getByRole("button", { name: "New team" }).click();
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Team name").fill("billing");
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(form.getByText('A team called "Billing" already exists')).toBeVisible();
  await expect(form.getByLabel("Team name")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Team name")).toHaveValue("billing");
  await form.getByRole("button", { name: "Cancel" }).click();

  const name = uniqueName("Night shift");
  const card = await createTeam(page, name);
  const hours = card.getByRole("form", { name: `Business hours of ${name}` });
  await hours.getByLabel("Time zone").fill("Mars/Olympus_Mons");
  await hours.getByLabel("Tuesday opens").fill("18:00");
  await hours.getByLabel("Tuesday closes").fill("09:00");
  await expect(hours.getByText("Closes before it opens")).toBeVisible();
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByText(/Unknown time zone/)).toBeVisible();
  await expect(hours.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");
  await expect(hours.getByText("Tuesday: the closing time (09:00) must be after the opening time (18:00).")).toBeVisible();
  // Nothing typed was lost, and nothing was saved.
  await expect(hours.getByLabel("Time zone")).toHaveValue("Mars/Olympus_Mons");
  await expect(hours.getByLabel("Tuesday opens")).toHaveValue("18:00");
  await expect(card.getByTestId("team-hours")).toHaveText("Always open");

  const routing = card.getByRole("form", { name: `Routing of ${name}` });
  await routing.getByLabel("Max wait (seconds)").fill("5");
  await routing.getByRole("button", { name: "Save routing" }).click();
  await expect(routing.getByText("Wait at least 30 seconds.")).toBeVisible();

  // Fixed, it saves.
  await hours.getByLabel("Time zone").fill("America/New_York");
  await hours.getByLabel("Tuesday closes").fill("23:00");
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByRole("status")).toHaveText("Hours saved.");
  await expect(card.getByTestId("team-hours")).toContainText("Tue 18:00–23:00");
  await expect(card.getByTestId("team-hours")).toContainText("(America/New_York)");

  // A lunch break on Wednesday: a second slot; an overlap is refused first, and the split survives a reload.
  await hours.getByLabel("Wednesday opens").fill("09:00");
  await hours.getByLabel("Wednesday closes").fill("12:00");
  await hours.getByRole("button", { name: "Add hours on Wednesday" }).click();
  await hours.getByLabel("Wednesday opens (2)").fill("11:00");
  await hours.getByLabel("Wednesday closes (2)").fill("17:00");
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByText("Wednesday: the slots 09:00–12:00 and 11:00–17:00 overlap.")).toBeVisible();
  await hours.getByLabel("Wednesday opens (2)").fill("13:00");
  await hours.getByRole("button", { name: "Save hours" }).click();
  await expect(hours.getByRole("status")).toHaveText("Hours saved.");
  await expect(card.getByTestId("team-hours")).toContainText("Wed 09:00–12:00 & 13:00–17:00");
  await page.reload();
  const reloadedCard = page.getByRole("listitem", { name: `Team ${name}` });
  await reloadedCard.getByRole("button", { name: `Edit ${name}` }).click();
  const reloaded = reloadedCard.getByRole("form", { name: `Business hours of ${name}` });
  await expect(reloaded.getByLabel("Wednesday closes", { exact: true })).toHaveValue("12:00");
  await expect(reloaded.getByLabel("Wednesday opens (2)")).toHaveValue("13:00");
  await reloaded.getByRole("button", { name: "Remove Wednesday hours (2)" }).click();
  await expect(reloaded.getByLabel("Wednesday opens (2)")).toHaveCount(0);
});
