import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "@/server/auth/parse-cookie-header";

describe("parseCookieHeader", () => {
  it("splits a Cookie header into names and values, decoding percent-encoded values", () => {
    expect(parseCookieHeader("a=1; authjs.session-token=eyJ.x-y_z; theme=dark%20blue")).toEqual([
      { name: "a", value: "1" },
      { name: "authjs.session-token", value: "eyJ.x-y_z" },
      { name: "theme", value: "dark blue" },
    ]);
  });

  it("keeps '=' inside values and a value that is not valid percent-encoding as sent", () => {
    expect(parseCookieHeader("t=abc==; bad=%E0%A4%A")).toEqual([
      { name: "t", value: "abc==" },
      { name: "bad", value: "%E0%A4%A" },
    ]);
  });

  it("ignores what is not a cookie: no header, empty parts, parts without a name", () => {
    expect(parseCookieHeader(null)).toEqual([]);
    expect(parseCookieHeader("")).toEqual([]);
    expect(parseCookieHeader(";;  ; =orphan; novalue; x=")).toEqual([{ name: "x", value: "" }]);
  });
});
