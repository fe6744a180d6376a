import { expect, test, type Page } from "@playwright/test";
import { createFlow, expectSaved, selectNode } from "./builder-helpers";
import { signIn } from "./helpers";

// Specs share the demo workspace: each test writes its own articles (unique
// titles) and never unpublishes or deletes the demo's, which other specs use.
const unique = () => Date.now().toString(36);

async function writeArticle(page: Page, title: string, body: string, tags: string) {
  await page.goto("/settings/knowledge-base");
  await page.getByRole("link", { name: "New article" }).click();
  const form = page.getByRole("form", { name: "New article" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Body").fill(body);
  await form.getByLabel("Tags").fill(tags);
  await form.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/settings\/knowledge-base\/[a-z0-9]+\?created=1$/);
  await expect(page.getByRole("form", { name: `Edit ${title}` }).getByRole("status")).toContainText("Created.");
  return page.getByRole("form", { name: `Edit ${title}` });
}

test("an admin writes an article, finds it with Try a question, edits, unpublishes and deletes it", async ({ page }) => {
  const id = unique();
  const title = `Gift wrapping ${id}`;
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/knowledge-base");
  await expect(page.getByRole("status").filter({ hasText: /\d+ articles: \d+ published/ })).toBeVisible();
  await page.getByRole("link", { name: "New article" }).click();

  // A title of only spaces is explained under the field; nothing typed is lost.
  const form = page.getByRole("form", { name: "New article" });
  await form.getByLabel("Title").fill("   ");
  await form.getByLabel("Body").fill("We gift wrap any order for £3.\nChoose “Gift wrap” at checkout.");
  await expect(form.getByText("62 / 20,000 characters")).toBeVisible();
  await form.getByLabel("Tags").fill("Gift Wrap, present, gift wrap");
  await form.getByRole("button", { name: "Create article" }).click();
  await expect(form.getByText("Enter a title, like “How to reset your password”.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Body")).toHaveValue("We gift wrap any order for £3.\nChoose “Gift wrap” at checkout.");
  await expect(form.getByLabel("Tags")).toHaveValue("Gift Wrap, present, gift wrap");

  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Create article" }).click();
  await expect(page).toHaveURL(/\/settings\/knowledge-base\/[a-z0-9]+\?created=1$/);
  const editor = page.getByRole("form", { name: `Edit ${title}` });
  await expect(editor.getByRole("status")).toHaveText("Created. Saved. The bot answers with it from the next customer message.");
  await expect(editor.getByLabel("Tags")).toHaveValue("gift wrap, present");

  // "Try a question" picks it, through the bot's own search.
  const tryIt = page.getByRole("form", { name: "Try a question" });
  await tryIt.getByLabel("Customer question").fill("Can you gift wrap a present for me?");
  await tryIt.getByRole("button", { name: "Search like the bot" }).click();
  await expect(page.getByRole("list", { name: "Articles the bot would pick" }).getByRole("link", { name: title })).toBeVisible();

  // Edit: a new title and a second paragraph; leaving with unsaved changes asks first.
  const edited = `Gift wrapping and cards ${id}`;
  await editor.getByLabel("Title").fill(edited);
  await editor.getByLabel("Body").fill("We gift wrap any order for £3.\n\nAdd a card with your message for free.");
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("link", { name: "← All articles" }).click();
  await expect(editor.getByLabel("Title")).toHaveValue(edited);
  await editor.getByRole("button", { name: "Save article" }).click();
  const saved = page.getByRole("form", { name: `Edit ${edited}` });
  await expect(saved.getByRole("status")).toHaveText("Saved. The bot answers with it from the next customer message.");
  const about = page.getByRole("region", { name: "About this article" });
  await expect(about).toContainText("Published");

  // Unpublish: the status follows, here and in the list, and the bot's search no longer finds it.
  await saved.getByRole("switch", { name: "Published" }).uncheck();
  await saved.getByRole("button", { name: "Save article" }).click();
  await expect(saved.getByRole("status")).toHaveText("Saved as a draft: the bot doesn't use it until you publish it.");
  await expect(about).toContainText("Draft");
  await page.getByRole("link", { name: "← All articles" }).click();
  await expect(page).toHaveURL(/\/settings\/knowledge-base$/);
  await page.getByLabel("Search articles").fill(id);
  const row = page.getByRole("listitem", { name: `Article ${edited}` });
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("gift wrap");
  await expect(row).toContainText(/Updated (just now|\d+ minutes? ago)/);
  await expect(page.getByRole("list", { name: "Articles" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: /^Published/ }).click();
  await expect(page.getByText(`No published articles match “${id}”.`)).toBeVisible();
  await page.getByRole("button", { name: /^Drafts/ }).click();
  await expect(row).toBeVisible();
  await page.getByRole("form", { name: "Try a question" }).getByLabel("Customer question").fill("Can you gift wrap a present for me?");
  await page.getByRole("button", { name: "Search like the bot" }).click();
  await expect(page.getByText("No published article matches “Can you gift wrap a present for me?”")).toBeVisible();

  // Delete, after confirming.
  await row.getByRole("button", { name: `Delete ${edited}` }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${edited}”?` });
  await expect(dialog).toContainText("deleted permanently");
  await dialog.getByRole("button", { name: "Delete article" }).click();
  await expect(page.getByText(`Deleted “${edited}”.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.reload();
  await page.getByLabel("Search articles").fill(id);
  await expect(page.getByText(`No articles match “${id}”.`)).toBeVisible();
});

test.describe("an article a live flow ticks", () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test("can't be deleted, warns before unpublishing, and shows as a draft in the builder's picker", async ({ page }) => {
    test.setTimeout(120_000);
    const id = unique();
    const title = `Warranty claims ${id}`;
    const flowName = `Warranty flow ${id}`;
    await signIn(page, "admin@acme.test");
    await writeArticle(page, title, "Claim within two years: send us the order number and a photo.", "warranty, guarantee");

    // The builder's picker lists the new article; the flow ticks it and goes live.
    await createFlow(page, flowName, "Support with graduated escalation");
    const flowUrl = page.url();
    await selectNode(page, page.locator('[data-testid="node-self_service"], [data-testid^="node-self-service"]').first());
    const settings = page.getByTestId("node-settings");
    await settings.getByLabel(title).check();
    await expectSaved(page);
    await page.getByRole("tab", { name: "Publish" }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Published version 1.")).toBeVisible();

    // Delete is explained, not offered.
    await page.goto("/settings/knowledge-base");
    await page.getByLabel("Search articles").fill(id);
    const row = page.getByRole("listitem", { name: `Article ${title}` });
    await expect(row).toContainText(`ticked in ${flowName}`);
    await row.getByRole("button", { name: `Delete ${title}` }).click();
    const dialog = page.getByRole("dialog", { name: `“${title}” is in use` });
    await expect(dialog.getByRole("link", { name: flowName })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Delete article" })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Close" }).click();

    // Unpublishing says what the live flow will do.
    await row.getByRole("link", { name: `Edit ${title}` }).click();
    const form = page.getByRole("form", { name: `Edit ${title}` });
    await form.getByRole("switch", { name: "Published" }).uncheck();
    await expect(form.getByRole("note")).toContainText(`The flow “${flowName}” ticks this article in a Self-service step customers reach`);
    await form.getByRole("button", { name: "Save article" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved as a draft: the bot doesn't use it until you publish it.");

    // Back in the builder, the tick is a draft, not a deleted article.
    await page.goto(flowUrl);
    await selectNode(page, page.locator('[data-testid="node-self_service"], [data-testid^="node-self-service"]').first());
    await expect(settings.getByText("Draft, not searched")).toBeVisible();
    await expect(settings.getByText("1 ticked article is a draft")).toBeVisible();
    await expect(settings.getByText(/ticked article was deleted/)).toHaveCount(0);
  });
});

test("an agent is kept out of the knowledge base, page and API", async ({ page }) => {
  await signIn(page, "sam@acme.test");
  for (const path of ["/settings/knowledge-base", "/settings/knowledge-base/new"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/inbox\?denied=/);
  }
  const input = encodeURIComponent(JSON.stringify({ json: { query: "", status: "all" } }));
  expect((await page.request.get(`/api/trpc/knowledgeBase.list?input=${input}`)).status()).toBe(403);
});
