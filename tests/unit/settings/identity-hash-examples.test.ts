import { createRequire } from "node:module";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { IDENTITY_HASH_EXAMPLES } from "@/components/settings/identity-hash-examples";
import { identityHashMatches } from "@/server/contacts/identity-hash";

/** Runs the Node.js example of Settings → Identity as a host site's server would, and returns its userHash. */
function runNodeExample(secret: string, id: string | number): unknown {
  const example = IDENTITY_HASH_EXAMPLES.find((candidate) => candidate.language === "Node.js");
  if (!example) throw new Error("no Node.js example");
  const context = vm.createContext({ require: createRequire(import.meta.url), process: { env: { TANDEM_IDENTITY_SECRET: secret } }, user: { id } });
  return vm.runInContext(`${example.code}\nuserHash;`, context);
}

describe("the identity signing examples shown in Settings → Identity", () => {
  it("the Node.js example makes a hash the server accepts, for string and numeric ids", () => {
    const secret = "whsec_identity_example_secret";
    for (const id of ["42", 42, "ada@example.com", "Ünïcødé id"]) {
      const hash = runNodeExample(secret, id);
      expect(typeof hash).toBe("string");
      expect(identityHashMatches(secret, String(id), hash as string)).toBe(true);
      expect(identityHashMatches("another secret", String(id), hash as string)).toBe(false);
    }
  });

  it("every example reads the secret from TANDEM_IDENTITY_SECRET and none is empty", () => {
    expect(IDENTITY_HASH_EXAMPLES.map((example) => example.language)).toEqual(["Node.js", "Python", "PHP", "Ruby"]);
    for (const example of IDENTITY_HASH_EXAMPLES) {
      expect(example.code).toContain("TANDEM_IDENTITY_SECRET");
      expect(example.code.toLowerCase()).toContain("sha256");
    }
  });
});
