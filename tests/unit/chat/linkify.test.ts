import { describe, expect, it } from "vitest";
import { linkify, safeHref } from "@/components/chat/linkify";

const links = (text: string) => linkify(text).filter((segment) => segment.kind === "link");

describe("linkify", () => {
  it("keeps plain text as one text segment", () => {
    expect(linkify("Hello there")).toEqual([{ kind: "text", text: "Hello there" }]);
    expect(linkify("")).toEqual([]);
  });

  it("links http, https and mailto addresses and keeps the text around them", () => {
    expect(linkify("See https://acme.test/help and write to mailto:help@acme.test now")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://acme.test/help", href: "https://acme.test/help" },
      { kind: "text", text: " and write to " },
      { kind: "link", text: "mailto:help@acme.test", href: "mailto:help@acme.test" },
      { kind: "text", text: " now" },
    ]);
    expect(links("go to http://example.com")).toEqual([{ kind: "link", text: "http://example.com", href: "http://example.com/" }]);
  });

  it("links a bare e-mail address as mailto", () => {
    expect(links("email support@acme.test and we'll reply")).toEqual([{ kind: "link", text: "support@acme.test", href: "mailto:support@acme.test" }]);
  });

  it("never links javascript: or data: addresses", () => {
    for (const hostile of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      expect(linkify(`click ${hostile}`)).toEqual([{ kind: "text", text: `click ${hostile}` }]);
    }
  });

  it("leaves markup as text (the caller renders text, never HTML)", () => {
    const text = `<img src=x onerror=alert(1)> <script>alert("x")</script>`;
    expect(linkify(text)).toEqual([{ kind: "text", text }]);
  });

  it("does not let a link swallow the markup after it", () => {
    expect(links(`https://acme.test/"><script>alert(1)</script>`)).toEqual([{ kind: "link", text: "https://acme.test/", href: "https://acme.test/" }]);
  });

  it("drops the sentence's trailing punctuation but keeps brackets the link opened", () => {
    expect(links("Read https://acme.test/refunds.")[0]).toMatchObject({ text: "https://acme.test/refunds" });
    expect(links("Really? https://acme.test/a?b=1!?")[0]).toMatchObject({ text: "https://acme.test/a?b=1" });
    expect(links("(see https://acme.test/help)")[0]).toMatchObject({ text: "https://acme.test/help" });
    expect(links("https://en.wikipedia.org/wiki/Tandem_(bicycle), nice")[0]).toMatchObject({ text: "https://en.wikipedia.org/wiki/Tandem_(bicycle)" });
    const segments = linkify("Open https://acme.test/x, then retry.");
    expect(segments.map((segment) => segment.text).join("")).toBe("Open https://acme.test/x, then retry.");
  });

  it("keeps very long URLs whole", () => {
    const long = `https://acme.test/${"a".repeat(3000)}?q=${"b".repeat(500)}`;
    expect(links(`x ${long} y`)).toEqual([{ kind: "link", text: long, href: long }]);
  });

  it("keeps RTL text and emoji untouched", () => {
    const text = "مرحبا 👋 https://acme.test/مساعدة 🎉";
    const segments = linkify(text);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments[1]).toMatchObject({ kind: "link", text: "https://acme.test/مساعدة" });
  });
});

describe("safeHref", () => {
  it("accepts only http, https and mailto", () => {
    expect(safeHref("https://acme.test")).toBe("https://acme.test/");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("https://")).toBeNull();
  });
});
