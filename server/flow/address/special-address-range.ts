import { inCidr, parseCidr, type IpAddress } from "./ip-address";

type Range = [cidr: string, what: string];

const LOOPBACK = "a loopback address (this server itself)";
const PRIVATE = "a private network address";
const LINK_LOCAL = "a link-local address (where cloud metadata services live)";
const RESERVED = "a reserved address";
const DOCUMENTATION = "a documentation-only address";

// IANA's IPv4 special-purpose registry (RFC 6890 and successors), plus multicast and class E. First match wins.
const IPV4: Range[] = [
  ["0.0.0.0/8", "an unspecified (“this network”) address"],
  ["10.0.0.0/8", PRIVATE],
  ["100.64.0.0/10", "a shared (carrier-grade NAT) address"],
  ["127.0.0.0/8", LOOPBACK],
  ["169.254.0.0/16", LINK_LOCAL],
  ["172.16.0.0/12", PRIVATE],
  ["192.0.0.0/24", RESERVED],
  ["192.0.2.0/24", DOCUMENTATION],
  ["192.88.99.0/24", RESERVED],
  ["192.168.0.0/16", PRIVATE],
  ["198.18.0.0/15", RESERVED],
  ["198.51.100.0/24", DOCUMENTATION],
  ["203.0.113.0/24", DOCUMENTATION],
  ["224.0.0.0/4", "a multicast address"],
  ["255.255.255.255/32", "the broadcast address"],
  ["240.0.0.0/4", RESERVED],
];

// Inside global unicast (2000::/3), the blocks that are not ordinary Internet hosts.
const IPV6_GLOBAL: Range[] = [
  ["2001:db8::/32", DOCUMENTATION],
  ["2001::/23", RESERVED],
  ["3fff::/20", DOCUMENTATION],
];

// Outside 2000::/3 every block is refused; these get a precise word.
const IPV6_OTHER: Range[] = [
  ["::/128", "the unspecified address"],
  ["::1/128", LOOPBACK],
  ["64:ff9b:1::/48", PRIVATE],
  ["fc00::/7", PRIVATE],
  ["fe80::/10", LINK_LOCAL],
  ["fec0::/10", PRIVATE],
  ["ff00::/8", "a multicast address"],
];

// IPv6 forms that carry an IPv4 address: judged by that address. [block, offset of the IPv4 bytes].
const EMBEDDING: [string, number][] = [
  ["::ffff:0:0/96", 12], // IPv4-mapped
  ["64:ff9b::/96", 12], // NAT64 well-known prefix: a NAT64 gateway connects to the embedded address
  ["2002::/16", 2], // 6to4
];

const parsed = (ranges: Range[]) => ranges.map(([cidr, what]) => ({ ...parseCidr(cidr)!, what }));
const ipv4 = parsed(IPV4);
const ipv6Global = parsed(IPV6_GLOBAL);
const ipv6Other = parsed(IPV6_OTHER);
const embedding = EMBEDDING.map(([cidr, offset]) => ({ ...parseCidr(cidr)!, offset }));
const globalUnicast = parseCidr("2000::/3")!;
const ipv4Compatible = parseCidr("::/96")!;

/** The IPv4 address an IPv6 address stands for (IPv4-mapped, NAT64, 6to4), if any. */
export function embeddedIpv4(address: IpAddress): IpAddress | null {
  if (address.version !== 6) return null;
  const block = embedding.find((candidate) => inCidr(address, candidate.address, candidate.prefix));
  return block ? { version: 4, bytes: address.bytes.slice(block.offset, block.offset + 4) } : null;
}

/** `::a.b.c.d`, the deprecated IPv4-compatible form (not `::` or `::1`). */
const isIpv4Compatible = (address: IpAddress) =>
  inCidr(address, ipv4Compatible.address, ipv4Compatible.prefix) && address.bytes.slice(12).some((byte, i) => byte > (i === 3 ? 1 : 0));

/**
 * What kind of non-public address this is ("a loopback address…"), or null
 * for an ordinary Internet address. Loopback, private, link-local, CGNAT,
 * multicast, unspecified, broadcast, reserved and documentation ranges of
 * both versions; IPv6 that embeds an IPv4 address is judged by it.
 */
export function specialAddressRange(address: IpAddress): string | null {
  if (address.version === 4) return ipv4.find((range) => inCidr(address, range.address, range.prefix))?.what ?? null;
  const embedded = embeddedIpv4(address);
  if (embedded) return specialAddressRange(embedded);
  // Judged by the IPv4 address inside for a precise word; never an Internet host either way.
  if (isIpv4Compatible(address)) return specialAddressRange({ version: 4, bytes: address.bytes.slice(12) }) ?? RESERVED;
  if (inCidr(address, globalUnicast.address, globalUnicast.prefix)) {
    return ipv6Global.find((range) => inCidr(address, range.address, range.prefix))?.what ?? null;
  }
  return ipv6Other.find((range) => inCidr(address, range.address, range.prefix))?.what ?? RESERVED;
}
