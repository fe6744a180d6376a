import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Each test names its own endpoint: other specs (and the other worker) share the demo workspace.
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test("an admin adds an endpoint, copies its secret once, sends a test event and sees it delivered and signed", async ({ page }) => {
  // A real receiver in the test process; the app server POSTs to it.
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tandem`;
  const name = unique("E2E receiver");

  try {
    await signIn(page, "admin@acme.test");
    await page.goto("/settings/webhooks");
    await expect(page.getByRole("link", { name: "Webhooks" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const form = page.getByRole("form", { name: "New webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill(url);
    await form.getByLabel("Description").fill(name);
    await expect(form.getByRole("checkbox", { name: /Handoff requested/ })).toBeChecked();
    // The transcript goes as a signed link unless the admin chooses otherwise.
    await expect(form.getByRole("group", { name: "Transcript in payload" }).getByRole("radio", { name: "Signed link" })).toBeChecked();
    await form.getByRole("button", { name: "Add endpoint" }).click();

    // The secret, once, with Copy.
    const notice = page.getByRole("region", { name: "Signing secret" });
    await expect(notice).toBeVisible();
    const secret = await notice.getByRole("textbox", { name: "Signing secret" }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(notice.getByRole("button", { name: "Copy signing secret" })).toBeVisible();
    await notice.getByRole("button", { name: "I've copied it" }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.locator("body")).not.toContainText(secret);

    const card = page.getByRole("listitem", { name: `Webhook ${name}` });
    await expect(card).toContainText(url);
    await expect(card).toContainText(`whsec_…${secret.slice(-4)}`);
    await card.getByRole("button", { name: `Delivery log of ${name}` }).click();
    const log = card.getByRole("region", { name: "Delivery log" });
    await expect(log.getByText("Nothing sent yet.", { exact: false })).toBeVisible();
    await log.getByRole("button", { name: "Send test event" }).click();
    await expect(log.getByRole("status")).toContainText("Test event delivered: the endpoint answered 200");
    await expect(log.getByRole("row", { name: "Test event, delivered" })).toBeVisible();

    // What arrived verifies with the secret the admin copied.
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.headers["x-tandem-event"]).toBe("webhook.test");
    const expected = `sha256=${createHmac("sha256", secret)
      .update(`${request!.headers["x-tandem-timestamp"] as string}.${request!.body}`)
      .digest("hex")}`;
    expect(request!.headers["x-tandem-signature"]).toBe(expected);

    // Settings → Webhooks: the transcript choice is the endpoint's, kept across a reload.
    await expect(card).toContainText("transcript as a signed link");
    await card.getByRole("button", { name: `Edit ${name}` }).click();
    await card.getByRole("radio", { name: "Full transcript" }).check();
    await card.getByRole("button", { name: "Save endpoint" }).click();
    await expect(card).toContainText("transcript in full");
    await page.reload();
    await expect(card).toContainText("transcript in full");
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("a URL that is not http(s), or internal, is refused with a clear message, and what was typed stays", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/settings/webhooks");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const form = page.getByRole("form", { name: "New webhook endpoint" });
  const description = unique("Bad URL");
  await form.getByLabel("Endpoint URL").fill("ftp://files.example.com/hook");
  await form.getByLabel("Description").fill(description);
  await form.getByRole("button", { name: "Add endpoint" }).click();

  const field = form.getByLabel("Endpoint URL");
  await expect(form.getByText("Only http:// and https:// URLs can receive webhooks.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("ftp://files.example.com/hook");
  await expect(form.getByLabel("Description")).toHaveValue(description);

  await field.fill("not a url");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText("That isn't a URL.", { exact: false })).toBeVisible();

  // An internal address (the cloud metadata service) is refused under the field, with why and what an admin can change.
  await field.fill("http://169.254.169.254/latest/meta-data/");
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText("169.254.169.254 is a link-local address", { exact: false })).toBeVisible();
  await expect(form.getByText("OUTBOUND_ALLOW_PRIVATE or OUTBOUND_ALLOW_CIDRS", { exact: false })).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("listitem", { name: `Webhook ${description}` })).toHaveCount(0);
});
