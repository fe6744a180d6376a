import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_STUB, embedSnippet } from "@/components/builder/panels/embed-snippet";

const root = path.resolve(import.meta.dirname, "../../..");
const stubCode = EMBED_STUB.replace(/^<script>\n/, "").replace(/<\/script>$/, "");

/** A page's global scope with nothing but `window` (the stub needs no DOM): `Tandem` resolves to `window.Tandem`. */
function fakeWindow(existing?: unknown): Record<string, unknown> {
  const page: Record<string, unknown> = existing === undefined ? {} : { Tandem: existing };
  page.window = page;
  return vm.createContext(page);
}

describe("embed snippet", () => {
  it("is the snippet docs/widget.md documents, stub first", () => {
    const docs = readFileSync(path.join(root, "docs/widget.md"), "utf8");
    const snippet = embedSnippet("https://tandem.example", "acme");
    expect(docs).toContain("```html\n" + snippet + "\n```");
    expect(snippet.startsWith(EMBED_STUB)).toBe(true);
    expect(snippet.endsWith('<script src="https://tandem.example/embed.js" data-flow="acme" async></script>')).toBe(true);
  });

  it("stubs exactly the methods embed.js replays", () => {
    const loader = readFileSync(path.join(root, "public/embed.js"), "utf8");
    const replayed = JSON.parse(/var METHODS = (\[[^\]]*\]);/.exec(loader)![1]!) as string[];
    const stubbed = JSON.parse(/(\[[^\]]*\])\.forEach/.exec(stubCode)![1]!) as string[];
    expect(stubbed).toEqual(replayed);
  });

  it("queues calls made before embed.js has loaded, in order, with their arguments", () => {
    const page = fakeWindow();
    vm.runInContext(stubCode, page);
    vm.runInContext('Tandem.identify({ id: "42", name: "Ada" }); Tandem.open(); Tandem.toggle("x");', page);
    const queue = (page.Tandem as { q: [string, ArrayLike<unknown>][] }).q;
    expect(queue.map(([method, args]) => [method, Array.from(args)])).toEqual([
      ["identify", [{ id: "42", name: "Ada" }]],
      ["open", []],
      ["toggle", ["x"]],
    ]);
  });

  it("keeps the real functions when embed.js has already loaded (no queue)", () => {
    const calls: string[] = [];
    const loaded = {
      open: () => calls.push("open"),
      close: () => calls.push("close"),
      toggle: () => calls.push("toggle"),
      identify: () => calls.push("identify"),
    };
    const page = fakeWindow(loaded);
    vm.runInContext(stubCode, page);
    vm.runInContext("Tandem.open(); Tandem.identify({ id: '7' });", page);
    expect(page.Tandem).toBe(loaded);
    expect(calls).toEqual(["open", "identify"]);
    expect("q" in loaded).toBe(false);
  });
});
