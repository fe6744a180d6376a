import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { embedSnippet } from "../../components/builder/panels/embed-snippet";
import { signIn } from "./helpers";

// The widget on a plain HTML page served from another origin (this test's own
// server), with CSS that would wreck any widget that shares the page's styles.
const HOST_CSS = `
  * { font-family: serif !important; color: red !important; }
  button { all: unset; }
  div { padding: 7px; }
  svg { width: 300px; height: 300px; }
  body { margin: 24px; background: #fffbe6; }
  h1 { font-size: 40px; letter-spacing: 2px; }
`;

let host: http.Server;
let hostUrl = "";
/** Pasted from the builder's publish panel by a test, then served at /from-panel. */
let snippetFromPanel = "";

/** The host page; `snippet` is the embed tag exactly as the publish panel prints it (plus options). */
function hostPage(snippet: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>${HOST_CSS}</style></head>
<body><h1 id="title">Welcome to the host site</h1><p id="text">Some text.</p><button id="own" type="button">The site's button</button>
${snippet}</body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  const tag = (attributes: string) => `<script src="${baseURL}/embed.js" ${attributes} async></script>`;
  const pages: Record<string, string> = {
    "/": hostPage(tag('data-flow="acme"')),
    "/plain": hostPage(""),
    "/options": hostPage(tag('data-flow="acme" data-color="#0f766e" data-position="left" data-label="Help" data-greeting="Questions? We\'re here."')),
    "/open": hostPage(tag('data-flow="acme" data-open="true"')),
    "/unknown": hostPage(tag('data-flow="no-such-flow"')),
  };
  host = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://host").pathname;
    const body =
      path === "/from-panel" ? hostPage(`${snippetFromPanel}\n<script>Tandem.open(); window.queuedBeforeLoad = Tandem.q.length;</script>`) : pages[path];
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  // localhost while the app is on 127.0.0.1: another site, not only another origin, as on a customer's website.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** Errors on the host page: console errors and uncaught exceptions (the iframe's own are not the loader's). */
function collectHostErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.includes("/embed/")) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const chatFrame = (page: Page) => page.frameLocator('iframe[title="Chat"]');

/** Computed styles of the host page's own elements, to compare with and without the widget. */
const hostStyles = (page: Page) =>
  page.evaluate(() =>
    ["body", "#title", "#text", "#own"].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector)!);
      return [
        selector,
        style.fontFamily,
        style.color,
        style.fontSize,
        style.margin,
        style.padding,
        style.backgroundColor,
        style.letterSpacing,
        style.display,
      ].join(" | ");
    }),
  );

test("the widget opens the chat from another origin, keeps its styles to itself, and the conversation survives closing and reloading", async ({
  page,
  baseURL,
}) => {
  const errors = collectHostErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${hostUrl}/plain`);
  const withoutWidget = await hostStyles(page);

  await page.goto(hostUrl);
  const launcher = page.getByRole("button", { name: "Open chat" });
  await expect(launcher).toBeVisible();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  // Lazy: no iframe until the visitor asks for the chat.
  await expect(page.locator("iframe")).toHaveCount(0);

  // The host page's CSS does not reach the launcher…
  const look = await launcher.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      font: style.fontFamily,
      color: style.color,
      background: style.backgroundColor,
      radius: style.borderRadius,
      position: style.position,
      width: box.width,
      height: box.height,
      right: innerWidth - box.right,
      bottom: innerHeight - box.bottom,
    };
  });
  expect(look.font).not.toBe("serif");
  expect(look.font).toContain("system-ui");
  expect(look.color).toBe("rgb(255, 255, 255)");
  expect(look.background).toBe("rgb(41, 82, 217)"); // the flow's colour, from /embed/acme/config
  expect(look).toMatchObject({ radius: "28px", position: "fixed", width: 56, height: 56, right: 20, bottom: 20 });
  // …and the widget does not change the host page.
  expect(await hostStyles(page)).toEqual(withoutWidget);

  await launcher.click();
  const frame = chatFrame(page);
  await expect(page.locator('iframe[title="Chat"]')).toHaveAttribute("src", `${baseURL}/embed/acme`);
  await expect(page.locator('iframe[title="Chat"]')).toHaveAttribute("allow", "clipboard-write");
  await expect(frame.getByText(/I'm Acme Assistant/)).toBeVisible();
  const close = page.getByRole("button", { name: "Close chat" });
  await expect(close).toHaveAttribute("aria-expanded", "true");
  const panel = await page.locator('iframe[title="Chat"]').boundingBox();
  expect(panel).toMatchObject({ width: 380, height: 600 });

  // A typed answer, then a button.
  await frame.getByLabel("Your message").fill("I forgot my password");
  await frame.getByLabel("Your message").press("Enter");
  await frame.getByRole("button", { name: "Yes, thanks" }).click();
  await expect(frame.getByText("Thanks for chatting with Acme!")).toBeVisible();

  // Escape inside the chat closes it and gives the focus back to the launcher.
  await frame.getByText("Thanks for chatting with Acme!").click();
  await page.keyboard.press("Escape");
  await expect(page.locator('iframe[title="Chat"]')).toBeHidden();
  await expect(launcher).toBeFocused();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");

  // Reopened: the same conversation, the frame was kept.
  await page.keyboard.press("Enter");
  await expect(frame.getByText("I forgot my password")).toBeVisible();
  await expect(frame.getByText("Thanks for chatting with Acme!")).toBeVisible();

  // A reload of the host page resumes it too (the session lives in the frame's storage).
  await page.reload();
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(frame.getByText("Thanks for chatting with Acme!")).toBeVisible();
  await expect(frame.getByText("I forgot my password")).toBeVisible();
  expect(await hostStyles(page)).toEqual(withoutWidget);
  expect(errors).toEqual([]);
});

test("unread messages badge the launcher, but only when they come from the chat's own frame", async ({ page }) => {
  await page.goto(`${hostUrl}/open`);
  // data-open: the chat is open from the start, without taking the focus from the page.
  await expect(chatFrame(page).getByText(/I'm Acme Assistant/)).toBeVisible();
  // The whole greeting shown (bot messages are paced): nothing arrives unseen after closing.
  await expect(chatFrame(page).getByText("What can I help you with today?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Close chat" })).not.toBeFocused();
  await page.evaluate(() => window.Tandem.close());
  const launcher = page.getByRole("button", { name: "Open chat" });
  await expect(launcher).toBeVisible();

  // The host page itself (another origin than the app) cannot fake one.
  await page.evaluate(() => window.postMessage({ source: "tandem", type: "unread", count: 5 }, "*"));
  await page.waitForTimeout(200);
  await expect(launcher).toHaveAccessibleName("Open chat");

  const frame = page.frames().find((candidate) => candidate.url().includes("/embed/acme"))!;
  await frame.evaluate(() => window.parent.postMessage({ source: "tandem", type: "unread", count: 2 }, "*"));
  await expect(page.getByRole("button", { name: "Open chat (2 unread)" })).toBeVisible();
  await expect(page.locator("tandem-chat .b")).toHaveText("2");

  // Opening reads them.
  await page.evaluate(() => window.Tandem.toggle());
  await expect(page.getByRole("button", { name: "Close chat" })).toBeVisible();
  await page.evaluate(() => window.Tandem.toggle());
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  await expect(page.locator("tandem-chat .b")).toBeHidden();
});

test("a reply that arrives while the widget is closed badges the launcher; opening clears it", async ({ page }) => {
  await page.goto(`${hostUrl}/open`);
  const frame = chatFrame(page);
  await expect(frame.getByText(/I'm Acme Assistant/)).toBeVisible();
  await frame.getByLabel("Your message").fill("I forgot my password");
  await frame.getByLabel("Your message").press("Enter");
  // Closed before the bot's answer shows: the frame is still "visible" to the browser, but the visitor can't see it.
  await page.evaluate(() => window.Tandem.close());
  await expect(page.getByRole("button", { name: /^Open chat \(\d+ unread\)$/ })).toBeVisible();
  await page.evaluate(() => window.Tandem.open());
  await page.evaluate(() => window.Tandem.close());
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  await expect(page.locator("tandem-chat .b")).toBeHidden();
});

test("options: colour, left side, a label and a greeting bubble shown until it is dismissed", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${hostUrl}/options`);
  const launcher = page.getByRole("button", { name: "Help" });
  await expect(launcher).toBeVisible();
  await expect(launcher).toHaveText("Help");
  const look = await launcher.evaluate((element) => ({ background: getComputedStyle(element).backgroundColor, left: element.getBoundingClientRect().left }));
  expect(look).toEqual({ background: "rgb(15, 118, 110)", left: 20 });

  const greeting = page.getByRole("button", { name: "Questions? We're here." });
  await expect(greeting).toBeVisible();
  await page.getByRole("button", { name: "Dismiss the greeting" }).click();
  await expect(greeting).toBeHidden();
  await expect(launcher).toBeFocused();
  await page.reload();
  await expect(page.getByRole("button", { name: "Help" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Questions? We're here." })).toHaveCount(0);
});

test("on a phone the chat takes the whole screen and a bar closes it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(hostUrl);
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(chatFrame(page).getByText(/I'm Acme Assistant/)).toBeVisible();
  const panel = await page.locator("tandem-chat .p").boundingBox();
  expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  const frameBox = (await page.locator('iframe[title="Chat"]').boundingBox())!;
  expect(frameBox.width).toBe(390);
  expect(frameBox.y + frameBox.height).toBe(844);
  await page.getByRole("button", { name: "Close chat" }).click();
  await expect(page.locator('iframe[title="Chat"]')).toBeHidden();
  await expect(page.getByRole("button", { name: "Open chat" })).toBeFocused();
});

test("an unknown flow shows a friendly message in the frame, without errors on the host page", async ({ page, request }) => {
  const errors = collectHostErrors(page);
  await page.goto(`${hostUrl}/unknown`);
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(chatFrame(page).getByRole("heading", { name: "This chat isn't available" })).toBeVisible();
  expect(errors).toEqual([]);
  expect(await (await request.get("/embed/no-such-flow/config")).json()).toEqual({ available: false });
});

test("the publish panel's snippet, copied and pasted into a page, puts the chat on it and replays calls made before it loaded", async ({ page, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "admin@acme.test");
  await page.goto("/flows");
  await page.getByRole("link", { name: "Acme support", exact: true }).first().click();
  await page.getByRole("tab", { name: "Publish" }).click();
  const snippet = page.getByRole("textbox", { name: "Embed snippet" });
  // The stub, then the tag: the very text docs/widget.md shows (tests/unit/builder/embed-snippet.test.ts).
  await expect(snippet).toHaveValue(embedSnippet(baseURL!, "acme"));
  await expect(page.getByTestId("publish-panel")).toContainText('data-position="left"');
  await page.getByRole("button", { name: "Copy embed snippet" }).click();
  await expect(page.getByRole("button", { name: "Copy embed snippet" })).toHaveText("Copied");
  snippetFromPanel = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippetFromPanel).toBe(await snippet.inputValue());

  // The host page calls Tandem.open() right after the snippet, before the async embed.js can have loaded: the stub queues it, the loader replays it.
  await page.goto(`${hostUrl}/from-panel`);
  await expect(chatFrame(page).getByText(/I'm Acme Assistant/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Close chat" })).toBeVisible();
  expect(
    await page.evaluate(() => ({ queuedBeforeLoad: (window as unknown as { queuedBeforeLoad: number }).queuedBeforeLoad, queue: "q" in window.Tandem })),
  ).toEqual({
    queuedBeforeLoad: 1,
    queue: false,
  });
});

test("only the widget's page may be framed by other sites", async ({ request }) => {
  const embed = await request.get("/embed/acme");
  expect(embed.headers()["content-security-policy"]).toBeUndefined();
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/sign-in", "/c/acme", "/"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["content-security-policy"], path).toBe("frame-ancestors 'self'");
  }
  const config = await request.get("/embed/acme/config");
  expect(config.headers()["access-control-allow-origin"]).toBe("*");
  expect(await config.json()).toEqual({ available: true, color: "#2952d9" });
});

declare global {
  interface Window {
    Tandem: { open(): void; close(): void; toggle(): void };
  }
}
