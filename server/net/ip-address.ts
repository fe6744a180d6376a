import { isIP } from "node:net";

/** An IPv4 or IPv6 address as a number, for range checks; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) counts as the IPv4 address. */
export interface ParsedIp {
  version: 4 | 6;
  value: bigint;
}

/** Parses a literal address (no host names, no ports); null when it is not one. */
export function parseIp(text: string): ParsedIp | null {
  const address = text.trim().replace(/^\[(.*)\]$/, "$1");
  const kind = isIP(address);
  if (kind === 4) return { version: 4, value: ipv4Value(address) };
  if (kind !== 6) return null;
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return { version: 4, value: ipv4Value(mapped[1]!) };
  return { version: 6, value: ipv6Value(address) };
}

/** The canonical text of a parsed address (IPv4 dotted, IPv6 in full lower-case groups). */
export function formatIp(ip: ParsedIp): string {
  if (ip.version === 4) return [24, 16, 8, 0].map((shift) => Number((ip.value >> BigInt(shift)) & 255n)).join(".");
  return Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - i * 16)) & 0xffffn).toString(16)).join(":");
}

function ipv4Value(address: string): bigint {
  return address.split(".").reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(address: string): bigint {
  let text = address.split("%")[0]!; // a zone id (fe80::1%eth0) is not part of the address
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = ipv4Value(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group || "0", 16)), 0n);
}
