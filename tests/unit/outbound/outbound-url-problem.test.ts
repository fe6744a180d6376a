import { describe, expect, it } from "vitest";
import { inCidr, parseCidr, parseIpAddress } from "@/server/flow/address/ip-address";
import { PUBLIC_ONLY, type OutboundPolicy } from "@/server/flow/address/outbound-policy";
import { outboundUrlProblem } from "@/server/flow/address/outbound-url-problem";
import { specialAddressRange } from "@/server/flow/address/special-address-range";

const refused = (url: string, policy: OutboundPolicy = PUBLIC_ONLY) => outboundUrlProblem(url, policy);

describe("outbound URL check (pure: the builder and the server share it)", () => {
  it.each([
    // Loopback in every spelling the URL parser turns into 127.0.0.1 or ::1.
    ["http://127.0.0.1/", /loopback/],
    ["http://127.255.0.9:8080/x", /loopback/],
    ["http://0x7f000001/", /loopback/],
    ["http://2130706433/", /loopback/],
    ["http://0177.0.0.1/", /loopback/],
    ["http://127.1/", /loopback/],
    ["http://0x7f.1/", /loopback/],
    ["http://[::1]/", /loopback/],
    ["http://[::ffff:127.0.0.1]/", /loopback/],
    ["http://[::ffff:7f00:1]/", /loopback/],
    ["http://[0:0:0:0:0:ffff:127.0.0.1]/", /loopback/],
    ["http://[::127.0.0.1]/", /loopback/],
    ["http://[64:ff9b::127.0.0.1]/", /loopback/],
    ["http://[2002:7f00:1::]/", /loopback/],
    ["http://localhost:3000/", /loopback/],
    ["http://LOCALHOST./", /loopback/],
    ["http://admin.localhost/", /loopback/],
    // The other ranges.
    ["http://169.254.169.254/latest/meta-data/", /link-local/],
    ["http://[fe80::1]/", /link-local/],
    ["http://[::ffff:169.254.169.254]/", /link-local/],
    ["http://10.0.0.1/", /private/],
    ["http://172.16.5.4/", /private/],
    ["http://172.31.255.255/", /private/],
    ["http://192.168.1.1/", /private/],
    ["http://[fc00::1]/", /private/],
    ["http://[fd12:3456::1]/", /private/],
    ["http://[fec0::1]/", /private/],
    ["http://[64:ff9b:1::a00:1]/", /private/],
    ["http://100.64.0.1/", /carrier-grade NAT/],
    ["http://100.127.255.254/", /carrier-grade NAT/],
    ["http://224.0.0.1/", /multicast/],
    ["http://[ff02::1]/", /multicast/],
    ["http://0.0.0.0/", /unspecified/],
    ["http://0/", /unspecified/],
    ["http://[::]/", /unspecified/],
    ["http://255.255.255.255/", /broadcast/],
    ["http://240.0.0.1/", /reserved/],
    ["http://198.18.0.1/", /reserved/],
    ["http://192.0.0.8/", /reserved/],
    ["http://[2001::1]/", /reserved/],
    ["http://[100::1]/", /reserved/],
    ["http://192.0.2.1/", /documentation/],
    ["http://198.51.100.7/", /documentation/],
    ["http://203.0.113.5/", /documentation/],
    ["http://[2001:db8::1]/", /documentation/],
    ["http://[3fff::1]/", /documentation/],
    // Schemes and credentials.
    ["file:///etc/passwd", /Only http:\/\/ and https:\/\/.*file:/],
    ["ftp://example.com/", /Only http/],
    ["gopher://example.com/", /Only http/],
    ["javascript:alert(1)", /Only http/],
    ["data:text/plain,hi", /Only http/],
    ["https://user:secret@example.com/", /credentials in a header/],
    ["https://:secret@example.com/", /credentials in a header/],
    ["not a url", /isn't a full URL/],
  ])("refuses %s", (url, why) => {
    const problem = refused(url);
    expect(problem).toMatch(why);
    if (/loopback|private|link-local/.test(String(why))) expect(problem).toMatch(/OUTBOUND_ALLOW_PRIVATE or OUTBOUND_ALLOW_CIDRS/);
  });

  it.each([
    "https://example.com/api",
    "http://93.184.216.34/",
    "https://1.1.1.1/dns-query",
    "https://[2606:4700:4700::1111]/",
    "http://[::ffff:8.8.8.8]/",
    "http://[64:ff9b::8.8.8.8]/",
    "http://100.63.255.255/",
    "http://100.128.0.1/",
    "http://172.15.255.255/",
    "http://172.32.0.1/",
    "http://192.169.0.1/",
    "https://localhost.example.com/",
  ])("allows the public address %s", (url) => {
    expect(refused(url)).toBeNull();
  });

  it("OUTBOUND_ALLOW_PRIVATE allows every address, but never another scheme or credentials", () => {
    const open: OutboundPolicy = { allowPrivate: true, allowCidrs: [] };
    for (const url of ["http://127.0.0.1/", "http://localhost/", "http://169.254.169.254/", "http://[fd00::1]/", "http://10.1.2.3/"])
      expect(refused(url, open)).toBeNull();
    expect(refused("file:///etc/passwd", open)).toMatch(/Only http/);
    expect(refused("http://u:p@10.0.0.1/", open)).toMatch(/credentials/);
  });

  it("OUTBOUND_ALLOW_CIDRS allows those blocks only, IPv4-mapped forms included", () => {
    const some: OutboundPolicy = { allowPrivate: false, allowCidrs: ["10.1.0.0/16", "fd00::/8", "192.168.1.5"] };
    expect(refused("http://10.1.200.3/", some)).toBeNull();
    expect(refused("http://[::ffff:10.1.200.3]/", some)).toBeNull();
    expect(refused("http://[fd00::5]/", some)).toBeNull();
    expect(refused("http://192.168.1.5/", some)).toBeNull();
    expect(refused("http://192.168.1.6/", some)).toMatch(/private/);
    expect(refused("http://10.2.0.1/", some)).toMatch(/private/);
    expect(refused("http://127.0.0.1/", some)).toMatch(/loopback/);
    expect(refused("http://localhost/", some)).toMatch(/loopback/);
    expect(refused("http://localhost/", { allowPrivate: false, allowCidrs: ["127.0.0.0/8"] })).toBeNull();
  });
});

describe("IP addresses and CIDR blocks", () => {
  it("reads IPv4 and IPv6 as URLs and resolvers spell them, nothing else", () => {
    expect(parseIpAddress("192.168.0.1")).toEqual({ version: 4, bytes: [192, 168, 0, 1] });
    expect(parseIpAddress("[::1]")?.bytes).toEqual([...Array(15).fill(0), 1]);
    expect(parseIpAddress("fe80::1%eth0")?.bytes.slice(0, 2)).toEqual([0xfe, 0x80]);
    expect(parseIpAddress("::ffff:1.2.3.4")?.bytes.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(parseIpAddress("1:2:3:4:5:6:7:8")?.bytes.at(-1)).toBe(8);
    for (const text of [
      "example.com",
      "1.2.3",
      "1.2.3.4.5",
      "256.0.0.1",
      "01.2.3.4",
      "0x7f000001",
      "1::2::3",
      "1:2:3:4:5:6:7:8:9",
      "1:2:3:4:5:6:7",
      "::g",
      "1.2.3.4::",
      "",
    ])
      expect(parseIpAddress(text)).toBeNull();
  });

  it("parses CIDRs and tests membership bit by bit", () => {
    const block = parseCidr("100.64.0.0/10")!;
    expect(inCidr(parseIpAddress("100.127.1.1")!, block.address, block.prefix)).toBe(true);
    expect(inCidr(parseIpAddress("100.128.0.0")!, block.address, block.prefix)).toBe(false);
    expect(inCidr(parseIpAddress("::1")!, block.address, block.prefix)).toBe(false);
    expect(parseCidr("10.0.0.1")).toMatchObject({ prefix: 32 });
    expect(parseCidr("fd00::/8")).toMatchObject({ prefix: 8 });
    for (const text of ["10.0.0.0/33", "fd00::/129", "10.0.0.0/x", "10.0.0.0/8/8", "ten/8", ""]) expect(parseCidr(text)).toBeNull();
  });

  it("an ordinary Internet address has no special range", () => {
    expect(specialAddressRange(parseIpAddress("8.8.8.8")!)).toBeNull();
    expect(specialAddressRange(parseIpAddress("2a00:1450:4001:82a::200e")!)).toBeNull();
    expect(specialAddressRange(parseIpAddress("::8.8.8.8")!)).toMatch(/reserved/);
  });
});
