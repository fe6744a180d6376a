import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";

// The ended chat's "E-mail me the transcript". With E2E_SMTP_PORT set (playwright.config.ts passes SMTP_URL to the server),
// a real SMTP sink listens there and the e-mail must arrive; without it the server has no SMTP and the option is hidden.
const smtpPort = process.env.E2E_SMTP_PORT ? Number(process.env.E2E_SMTP_PORT) : null;
const mails: { to: string[]; raw: string }[] = [];
let sink: SMTPServer | null = null;

test.beforeAll(async () => {
  if (smtpPort === null) return;
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (raw += chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink!.listen(smtpPort, "127.0.0.1", () => resolve()));
  expect((sink.server.address() as AddressInfo).port).toBe(smtpPort);
});
test.afterAll(async () => {
  if (sink) await new Promise<void>((resolve) => sink!.close(() => resolve()));
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

test("the ended chat e-mails the transcript when the server can send e-mail, and does not offer it otherwise", async ({ page }) => {
  await endedChat(page);
  const offer = page.getByRole("button", { name: "E-mail me the transcript" });
  if (smtpPort === null) {
    await expect(offer).toHaveCount(0);
    return;
  }
  await offer.click();
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
