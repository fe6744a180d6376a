import { parseIp, type ParsedIp } from "./ip-address";

/** A CIDR range (`10.0.0.0/8`, `fd00::/8`; a bare address is a /32 or /128). */
export interface IpRange {
  version: 4 | 6;
  base: bigint;
  bits: number;
}

/** Parses `address[/bits]`; null when it is not a range. */
export function parseIpRange(text: string): IpRange | null {
  const [address, bitsText, extra] = text.trim().split("/");
  if (extra !== undefined || !address) return null;
  const ip = parseIp(address);
  if (!ip) return null;
  const width = ip.version === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= width)) return null;
  return { version: ip.version, base: ip.value & mask(width, bits), bits };
}

export function inRange(ip: ParsedIp, range: IpRange): boolean {
  if (ip.version !== range.version) return false;
  const width = ip.version === 4 ? 32 : 128;
  return (ip.value & mask(width, range.bits)) === range.base;
}

function mask(width: number, bits: number): bigint {
  return bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(width - bits);
}
