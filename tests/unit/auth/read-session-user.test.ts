import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionUser } from "@/server/auth/read-session-user";

const SECRET = "unit-secret-unit-secret-unit-secret";
const NAME = "authjs.session-token";

/** A session token as Auth.js writes it for this cookie name (the name is the key-derivation salt). */
const token = (sub: string, salt = NAME, maxAge = 3600, secret = SECRET) => encode({ token: { sub, name: "Sam" }, secret, salt, maxAge });

describe("readSessionUser (Auth.js session cookie, decoded without Auth.js's request)", () => {
  it("reads the user id from the cookie, on http and https", async () => {
    expect(await readSessionUser([{ name: NAME, value: await token("user-1") }], SECRET)).toBe("user-1");
    const secure = `__Secure-${NAME}`;
    expect(await readSessionUser([{ name: secure, value: await token("user-2", secure) }], SECRET)).toBe("user-2");
  });

  it("reassembles a cookie Auth.js split into chunks, in index order", async () => {
    const value = await token("user-3");
    const third = Math.ceil(value.length / 3);
    const parts = [value.slice(0, third), value.slice(third, 2 * third), value.slice(2 * third)];
    const cookies = [
      { name: `${NAME}.2`, value: parts[2]! },
      { name: `${NAME}.0`, value: parts[0]! },
      { name: "other", value: "x" },
      { name: `${NAME}.1`, value: parts[1]! },
    ];
    expect(await readSessionUser(cookies, SECRET)).toBe("user-3");
  });

  it("refuses a missing, tampered, foreign, mislabelled or expired token", async () => {
    expect(await readSessionUser([], SECRET)).toBeNull();
    expect(await readSessionUser([{ name: NAME, value: "" }], SECRET)).toBeNull();
    const good = await token("user-4");
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionUser([{ name: NAME, value: tampered }], SECRET)).toBeNull();
    expect(await readSessionUser([{ name: NAME, value: await token("user-4", NAME, 3600, "another-secret-another-secret-xx") }], SECRET)).toBeNull();
    // Encrypted for the https cookie, sent in the http one: another salt, so another key.
    expect(await readSessionUser([{ name: NAME, value: await token("user-4", `__Secure-${NAME}`) }], SECRET)).toBeNull();
    // Expired a minute ago (Auth.js allows 15 s of clock skew).
    expect(await readSessionUser([{ name: NAME, value: await token("user-4", NAME, -60) }], SECRET)).toBeNull();
    expect(await readSessionUser([{ name: NAME, value: "not-a-jwt" }], SECRET)).toBeNull();
  });
});
