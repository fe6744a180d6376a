import { expect, test, type Page } from "@playwright/test";
import { startSmtpSink, type SunkMail } from "../helpers/start-smtp-sink";

// The ended chat's "E-mail me the transcript": the server is started with SMTP_URL on E2E_SMTP_PORT
// (playwright.config.ts), where this spec's real SMTP sink listens. Without SMTP the option is hidden:
// tests/integration/transcript-email.test.ts checks that the session says so.
const mails: SunkMail[] = [];
let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;

test.beforeAll(async () => {
  sink = await startSmtpSink(mails, Number(process.env.E2E_SMTP_PORT));
});
test.afterAll(async () => {
  await sink?.close();
});

/** The demo chat to its end: an order question the knowledge base answers, "Yes, thanks", 5 stars. */
async function endedChat(page: Page) {
  await page.goto("/c/acme");
  await expect(page.locator('[data-author="bot"]').last()).toHaveText("What can I help you with today?");
  await page.getByLabel("Your message").fill("where is my order");
  await page.getByLabel("Your message").press("Enter");
  await page.getByRole("button", { name: "Yes, thanks" }).click();
  await page
    .getByRole("group", { name: /Rate this chat/ })
    .getByRole("button", { name: "5", exact: true })
    .click();
  await expect(page.getByText("This conversation has ended.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download transcript" })).toBeVisible();
}

test("the ended chat e-mails the transcript: a bad address is explained beside the field, a good one receives it", async ({ page }) => {
  await endedChat(page);
  await page.getByRole("button", { name: "E-mail me the transcript" }).click();
  const address = page.getByLabel("Your e-mail address");
  await expect(address).toHaveAttribute("type", "email");
  await address.fill("not an address");
  await page.getByRole("button", { name: "Send transcript" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a valid e-mail address, like name@example.com." })).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");

  const to = `pat-${Date.now().toString(36)}@example.com`;
  await address.fill(to);
  await page.getByRole("button", { name: "Send transcript" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Transcript sent to ${to}.` })).toBeVisible();
  await expect.poll(() => mails.filter((mail) => mail.to.includes(to)).length).toBe(1);
  const raw = mails.find((mail) => mail.to.includes(to))!.raw.replace(/=\r?\n/g, "");
  expect(raw).toContain("Subject: Your chat transcript: Acme support");
  expect(raw).toContain("You: where is my order");
});
