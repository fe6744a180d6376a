import { parseIp, formatIp } from "./ip-address";
import { inRange, parseIpRange, type IpRange } from "./ip-range";

/**
 * Which X-Forwarded-For hops to believe (TRUST_PROXY): none (the default:
 * the socket's peer is the client), a number of proxies in front, or the
 * addresses of the proxies.
 */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "ranges"; ranges: IpRange[] };

/** Names for the usual proxy locations, so `TRUST_PROXY=loopback` works without remembering ::1/128. */
const NAMED_RANGES = new Map([
  ["loopback", ["127.0.0.0/8", "::1/128"]],
  ["private", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]],
  ["linklocal", ["169.254.0.0/16", "fe80::/10"]],
]);

/** Parses TRUST_PROXY: unset/`false`/`0` → none; `2` → two hops; `loopback, 10.0.0.0/8` → those ranges. Throws saying what is wrong. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "false" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error("a hop count above 20 is not a real proxy chain");
    return { kind: "hops", hops };
  }
  const ranges: IpRange[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const named = NAMED_RANGES.get(item) ?? [item];
    for (const entry of named) {
      const range = parseIpRange(entry);
      if (!range) throw new Error(`"${item}" is not a number of proxies, an IP address, a CIDR range or one of ${[...NAMED_RANGES.keys()].join(", ")}`);
      ranges.push(range);
    }
  }
  return { kind: "ranges", ranges };
}

/**
 * The client's address from an X-Forwarded-For chain whose right-most entry
 * is the socket's peer (the production server appends it, as a proxy does;
 * Next.js sets it when the header is absent). Walks from the right past the
 * trusted proxies only, so a client cannot pick its address by sending the
 * header itself. IPv6 clients are keyed by their /64, the block one
 * subscriber gets: rotating addresses inside it does not buy more requests.
 */
export function clientAddress(forwardedFor: string | null, trust: TrustProxy): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (chain.length === 0) return "local";
  let index = chain.length - 1;
  if (trust.kind === "hops") index = Math.max(0, chain.length - 1 - trust.hops);
  if (trust.kind === "ranges") {
    while (index > 0 && isTrusted(chain[index]!, trust.ranges)) index--;
  }
  return rateLimitKey(chain[index]!);
}

function isTrusted(hop: string, ranges: IpRange[]): boolean {
  const ip = parseIp(hop);
  return ip !== null && ranges.some((range) => inRange(ip, range));
}

function rateLimitKey(hop: string): string {
  const ip = parseIp(hop);
  if (!ip) return hop.slice(0, 64); // not an address (a proxy's "unknown"): still one key, and a bounded one
  if (ip.version === 4) return formatIp(ip);
  return `${formatIp({ version: 6, value: (ip.value >> 64n) << 64n })}/64`;
}
