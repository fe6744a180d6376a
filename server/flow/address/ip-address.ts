/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  bytes: number[];
}

/**
 * Parses an IP address as URL host names and DNS answers spell it: dotted
 * decimal IPv4, or IPv6 (brackets, a `%zone` and a dotted IPv4 tail allowed).
 * Null for anything else — a host name. Not the legacy `0x7f000001`/`127.1`
 * forms: the URL parser has already turned those into dotted decimal, and an
 * admin's CIDR should not be guessed at.
 */
export function parseIpAddress(text: string): IpAddress | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (bare.includes(":")) {
    const bytes = parseIpv6(bare);
    return bytes && { version: 6, bytes };
  }
  const bytes = parseIpv4(bare);
  return bytes && { version: 4, bytes };
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return null;
  return parts.map(Number);
}

function parseIpv6(text: string): number[] | null {
  const unzoned = text.replace(/%[^%]*$/, "");
  const halves = unzoned.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const words: number[] = [];
    const pieces = half.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        words.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) words.push(parseInt(piece, 16));
      else return null;
    }
    return words;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  // Only the last half may carry the dotted IPv4 tail.
  if (halves.length === 2 && halves[0]!.includes(".")) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const words = [...head, ...Array<number>(missing).fill(0), ...tail];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

/** A CIDR block like `10.0.0.0/8` or `fd00::/8` (a bare address is a /32 or /128); null when malformed. */
export function parseCidr(text: string): { address: IpAddress; prefix: number } | null {
  const [ip, bits, ...rest] = text.trim().split("/");
  const address = parseIpAddress(ip ?? "");
  if (!address || rest.length) return null;
  const max = address.bytes.length * 8;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null;
  const prefix = bits === undefined ? max : Number(bits);
  return prefix <= max ? { address, prefix } : null;
}

/** True when the first `prefix` bits of `address` are those of `network` (same IP version). */
export function inCidr(address: IpAddress, network: IpAddress, prefix: number): boolean {
  if (address.version !== network.version) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((address.bytes[bit / 8]! & mask) !== (network.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}
