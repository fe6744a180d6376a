import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Other specs share the demo workspace (and use Sam and Billing): this one names its own
// replies, agent, team and flow, and never touches the demo's own replies.
test.use({ viewport: { width: 1440, height: 900 } });

const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const PASSWORD = "canned-desk-pass";

/** Calls a tRPC procedure as the signed-in admin (superjson's plain JSON envelope). */
async function trpc<T>(admin: Page, procedure: string, input?: unknown): Promise<T> {
  const response =
    input === undefined ? await admin.request.get(`/api/trpc/${procedure}`) : await admin.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** An agent of their own in a team of its own, and the demo flow republished to hand off to that team (the UIs for these have their own specs). */
async function deskOfItsOwn(admin: Page, agent: { name: string; email: string }, teamName: string) {
  const { membershipId } = await trpc<{ membershipId: string }>(admin, "members.add", { ...agent, role: "AGENT", password: PASSWORD });
  const { teamId } = await trpc<{ teamId: string }>(admin, "teams.create", { name: teamName });
  await trpc(admin, "teams.setMembers", { teamId, membershipIds: [membershipId] });
  const demo = readFileSync(path.join(process.cwd(), "tests/fixtures/flows/acme-demo.json"), "utf8");
  const text = demo.replaceAll('"team-billing"', JSON.stringify(teamId)).replaceAll('"team-technical"', JSON.stringify(teamId));
  const flow = await trpc<{ id: string }>(admin, "flows.importDocument", { name: `Canned desk flow ${suffix}`, text });
  return (await trpc<{ slug: string }>(admin, "flows.publish", { flowId: flow.id })).slug;
}

test("an admin adds a canned reply (a bad shortcut is explained first); an agent, inbox already open, inserts it with “/” and sends it", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(150_000);
  const agentPerson = { name: `Casey Canned ${suffix}`, email: `casey.${suffix}@acme.test` };
  const teamName = `Canned Desk ${suffix}`;
  const shortcut = `e2e-${suffix}`;
  await signIn(admin, "admin@acme.test");
  const slug = await deskOfItsOwn(admin, agentPerson, teamName);

  // The agent goes online and takes a customer's conversation.
  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const agent = await agentContext.newPage();
  await signIn(agent, agentPerson.email, PASSWORD, /\/inbox/);
  // Agents use canned replies but do not edit them: the page sends them back to the inbox, saying why.
  await agent.goto("/settings/canned-replies");
  await expect(agent).toHaveURL(/\/inbox\?denied=/);
  await expect(agent.getByText(/for workspace admins/)).toBeVisible();
  await agent.getByRole("radio", { name: "Online" }).check();
  await expect(agent.getByRole("radio", { name: "Online" })).toBeChecked();
  await agent
    .getByRole("link", { name: /Unassigned/ })
    .first()
    .click();

  const customerContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const customer = await customerContext.newPage();
  await customer.goto(`/c/${slug}`);
  await expect(customer.locator('[data-author="bot"]').first()).toBeVisible();
  await customer.getByLabel("Your message").fill("my card payment failed");
  await customer.getByLabel("Your message").press("Enter");
  await expect(customer.locator('[data-author="customer"]').last()).toHaveText("my card payment failed");
  await customer.getByRole("button", { name: "Talk to a person" }).click();
  await expect(customer.getByText("Connecting you with a person…")).toBeVisible();

  const row = agent.getByTestId("inbox-row").filter({ hasText: teamName });
  await expect(row).toHaveCount(1);
  await row.click();
  await agent.getByRole("button", { name: "Accept", exact: true }).click();
  const composer = agent.getByRole("form", { name: /^Reply to / }).getByLabel("Message", { exact: true });
  await expect(composer).toBeVisible();
  // The "/" menu has loaded the replies as they are now, before the admin adds one.
  await composer.pressSequentially("/");
  await expect(agent.getByRole("listbox", { name: "Canned replies" }).getByRole("option").first()).toBeVisible();
  await composer.press("Escape");
  await composer.fill("");

  // Meanwhile the admin adds the reply. A shortcut with a space and a "!" is explained beside the field, and nothing typed is lost.
  await admin.goto("/settings/canned-replies");
  await expect(admin.getByRole("link", { name: "Canned replies" })).toHaveAttribute("aria-current", "page");
  await admin.getByRole("button", { name: "New reply" }).first().click();
  const form = admin.getByRole("form", { name: "New canned reply" });
  const text = "This is {{agent_name}} from {{team_name}}: the refund for order {{order_id}} is on its way.";
  // While typing, the form shows the shortcut as it will be stored.
  await form.getByLabel("Shortcut").fill(`/${shortcut.toUpperCase()}`);
  await expect(form.getByText(`Agents type /${shortcut} in the inbox.`, { exact: false })).toBeVisible();
  await form.getByLabel("Shortcut").fill("Refund now!");
  await form.getByLabel("Title").fill(`Refund on its way ${suffix}`);
  await form.getByLabel("Text").fill(text);
  await expect(form.getByText(`${text.length} / 2,000`)).toBeVisible();
  await form.getByRole("button", { name: "Add reply" }).click();
  const shortcutField = form.getByLabel("Shortcut");
  await expect(form.getByText("Use only lower-case letters, digits and dashes, like refund-policy (no spaces).")).toBeVisible();
  await expect(shortcutField).toHaveAttribute("aria-invalid", "true");
  await expect(shortcutField).toHaveValue("Refund now!");
  await expect(form.getByLabel("Title")).toHaveValue(`Refund on its way ${suffix}`);
  await expect(form.getByLabel("Text")).toHaveValue(text);

  // Typed as an admin naturally would: with the slash, in capitals. It is stored normalised.
  await shortcutField.fill(`/${shortcut.toUpperCase()}`);
  await form.getByRole("button", { name: "Add reply" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Added /${shortcut}.` })).toBeVisible();
  await expect(form).toBeHidden();
  const card = admin.getByRole("listitem", { name: `Canned reply /${shortcut}` });
  await expect(card).toContainText(`Refund on its way ${suffix}`);
  await expect(card).toContainText("{{order_id}} is on its way.");

  // The search finds it by a word of its title, and says so when nothing matches.
  const search = admin.getByRole("searchbox", { name: "Search canned replies" });
  await search.fill(`way ${suffix}`);
  await expect(admin.getByRole("listitem", { name: /^Canned reply / })).toHaveCount(1);
  await expect(admin.getByText(/^1 of \d+ replies match$/)).toBeVisible();
  await search.fill(`nothing-like-this-${suffix}`);
  await expect(admin.getByText(`No reply matches “nothing-like-this-${suffix}”.`)).toBeVisible();
  await admin.getByRole("button", { name: "Clear the search" }).click();
  await expect(card).toBeVisible();

  // The agent, without reloading, types "/" and the shortcut: the new reply is there.
  await composer.pressSequentially(`/${shortcut}`);
  const option = agent.getByRole("listbox", { name: "Canned replies" }).getByRole("option", { name: new RegExp(`Refund on its way ${suffix}`) });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute("aria-selected", "true");
  await composer.press("Enter");
  // Known placeholders are filled; the unknown one stays, selected, and typing replaces it.
  await expect(composer).toHaveValue(`This is ${agentPerson.name} from ${teamName}: the refund for order {{order_id}} is on its way.`);
  expect(await composer.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd))).toBe("{{order_id}}");
  // Enter with the placeholder still there sends nothing: it is pointed out, still selected.
  const agentMessages = customer.locator('[data-author="agent"]');
  const before = await agentMessages.count();
  await composer.press("Enter");
  await expect(
    agent.getByRole("status").filter({ hasText: "{{order_id}} isn't filled in. Type over it, or press Enter again to send the reply as it is." }),
  ).toBeVisible();
  await expect(composer).toHaveValue(`This is ${agentPerson.name} from ${teamName}: the refund for order {{order_id}} is on its way.`);
  expect(await composer.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd))).toBe("{{order_id}}");
  await composer.pressSequentially("A-1001");
  await expect(composer).toHaveValue(`This is ${agentPerson.name} from ${teamName}: the refund for order A-1001 is on its way.`);
  await expect(agent.getByText("isn't filled in")).toHaveCount(0);
  await composer.press("Enter");
  await expect(agentMessages.last()).toContainText(`This is ${agentPerson.name} from ${teamName}: the refund for order A-1001 is on its way.`);
  expect(await agentMessages.count()).toBe(before + 1);

  // A second Enter sends the placeholder as it is, if that is what the agent wants.
  await composer.pressSequentially(`/${shortcut}`);
  await composer.press("Enter");
  await composer.press("Enter");
  await expect(agent.getByText("isn't filled in")).toBeVisible();
  await composer.press("Enter");
  await expect(agentMessages.last()).toContainText("the refund for order {{order_id}} is on its way.");
  await expect(composer).toHaveValue("");

  await Promise.all([agentContext.close(), customerContext.close()]);
});

test("an admin edits a reply (a taken shortcut refused on its field) and deletes it after confirming", async ({ page }) => {
  const shortcut = `edit-${suffix}`;
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/canned-replies");
  await page.getByRole("button", { name: "New reply" }).first().click();
  const form = page.getByRole("form", { name: "New canned reply" });
  await form.getByLabel("Shortcut").fill(shortcut);
  await form.getByLabel("Title").fill(`To edit ${suffix}`);
  await form.getByLabel("Text").fill("First version.");
  await form.getByRole("button", { name: "Add reply" }).click();
  const card = page.getByRole("listitem", { name: `Canned reply /${shortcut}` });
  await expect(card).toContainText("First version.");

  await card.getByRole("button", { name: `Edit /${shortcut}` }).click();
  const edit = card.getByRole("form", { name: `Edit canned reply /${shortcut}` });
  // The demo's /hello is taken.
  await edit.getByLabel("Shortcut").fill("hello");
  await edit.getByLabel("Text").fill("Second version, with more to say.");
  await edit.getByRole("button", { name: "Save reply" }).click();
  await expect(edit.getByText("/hello is already the shortcut of “Greeting”. Choose another shortcut.")).toBeVisible();
  await expect(edit.getByLabel("Text")).toHaveValue("Second version, with more to say.");
  await edit.getByLabel("Shortcut").fill(shortcut);
  await edit.getByRole("button", { name: "Save reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved /${shortcut}.` })).toBeVisible();
  await expect(card).toContainText("Second version, with more to say.");
  await expect(page.getByRole("listitem", { name: "Canned reply /hello" })).toContainText("Greeting");

  // Delete asks first: dismissing keeps it, accepting deletes it.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await card.getByRole("button", { name: `Delete /${shortcut}` }).click();
  await expect(card).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain(`Delete the canned reply /${shortcut}`);
    void dialog.accept();
  });
  await card.getByRole("button", { name: `Delete /${shortcut}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted /${shortcut}.` })).toBeVisible();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("listitem", { name: `Canned reply /${shortcut}` })).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "Canned reply /hello" })).toBeVisible();
});
