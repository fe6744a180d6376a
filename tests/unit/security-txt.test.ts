import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env-schema";
import { securityTxt } from "@/server/security-txt";

const NOW = new Date("2026-12-04T15:30:00Z");

describe("security.txt", () => {
  it.each([
    ["security@acme.test", "mailto:security@acme.test"],
    ["mailto:security@acme.test", "mailto:security@acme.test"],
    ["https://acme.test/security", "https://acme.test/security"],
  ])("names the contact %s, valid for a year", (contact, uri) => {
    expect(securityTxt(contact, NOW)).toBe(`Contact: ${uri}\nExpires: 2027-12-04T00:00:00.000Z\nPreferred-Languages: en\n`);
  });

  it.each(["security", "http://acme.test/security", "ftp://acme.test", "two words@acme.test"])("refuses SECURITY_CONTACT=%s at start", (contact) => {
    expect(() => parseEnv({ AUTH_SECRET: "x".repeat(32), SECURITY_CONTACT: contact })).toThrow(/SECURITY_CONTACT: must be an e-mail address/);
  });
});
