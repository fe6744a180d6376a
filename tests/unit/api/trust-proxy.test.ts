import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy } from "@/server/net/trust-proxy";

describe("TRUST_PROXY", () => {
  it.each([
    [undefined, { kind: "none" }],
    ["", { kind: "none" }],
    ["false", { kind: "none" }],
    ["0", { kind: "none" }],
    ["2", { kind: "hops", hops: 2 }],
  ])("parses %o", (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it("parses addresses, CIDR ranges and the named sets", () => {
    const trust = parseTrustProxy("loopback, 10.1.0.0/16 2001:db8::/32 192.0.2.7");
    expect(trust.kind).toBe("ranges");
    expect(trust.kind === "ranges" && trust.ranges.length).toBe(5);
  });

  it.each(["yes", "10.0.0.0/33", "300.1.1.1", "::1/129", "21", "proxy.example.com"])("refuses %o saying what it accepts", (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/not a number of proxies|above 20/);
  });
});

describe("the client's address", () => {
  const none = parseTrustProxy(undefined);

  it("trusting no proxy, is the socket's peer (the right-most hop), whatever the client wrote before it", () => {
    expect(clientAddress("203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 5.6.7.8, 203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientAddress(null, none)).toBe("local");
  });

  it("with a hop count, is that many hops from the right (the left-most when the chain is shorter)", () => {
    const two = parseTrustProxy("2");
    expect(clientAddress("6.6.6.6, 198.51.100.1, 10.0.0.5, 10.0.0.1", two)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.1", two)).toBe("10.0.0.1");
  });

  it("with ranges, walks from the right past trusted proxies only", () => {
    const trust = parseTrustProxy("loopback, private");
    expect(clientAddress("6.6.6.6, 198.51.100.1, 10.0.0.5, 127.0.0.1", trust)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.5, 127.0.0.1", trust)).toBe("10.0.0.5"); // all trusted: the left-most
    expect(clientAddress("::ffff:203.0.113.4, ::ffff:127.0.0.1", trust)).toBe("203.0.113.4");
  });

  it("keys IPv6 clients by their /64 and normalises how an address is written", () => {
    expect(clientAddress("2001:db8:1:2:aaaa::1", none)).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(clientAddress("2001:DB8:1:2:ffff:ffff:ffff:ffff", none)).toBe("2001:db8:1:2:0:0:0:0/64");
    expect(clientAddress("[2001:db8:1:3::1]", none)).toBe("2001:db8:1:3:0:0:0:0/64");
    expect(clientAddress("::ffff:127.0.0.1", none)).toBe("127.0.0.1");
  });

  it("keeps a hop that is not an address as one bounded key", () => {
    expect(clientAddress(`unknown, ${"x".repeat(500)}`, none)).toHaveLength(64);
  });
});
