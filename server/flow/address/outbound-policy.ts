import { inCidr, parseCidr, type IpAddress } from "./ip-address";
import { embeddedIpv4, specialAddressRange } from "./special-address-range";

/**
 * Which addresses Tandem's outbound requests (HTTP request steps, webhooks)
 * may reach. Plain data, so the builder can validate with the server's.
 */
export interface OutboundPolicy {
  /** OUTBOUND_ALLOW_PRIVATE=true: any address at all, for self-hosters who call internal services on purpose. */
  allowPrivate: boolean;
  /** OUTBOUND_ALLOW_CIDRS: these blocks even when they are private (`10.1.2.0/24`, `fd00::/8`, `192.168.1.5`). */
  allowCidrs: string[];
}

/** Public Internet addresses only: the default. */
export const PUBLIC_ONLY: OutboundPolicy = { allowPrivate: false, allowCidrs: [] };

/** Why a request may not go to `address` under `policy` ("a loopback address…"); null when it may. */
export function addressRefusal(address: IpAddress, policy: OutboundPolicy): string | null {
  if (policy.allowPrivate) return null;
  const range = specialAddressRange(address);
  if (!range) return null;
  const ipv4 = embeddedIpv4(address);
  const allowed = policy.allowCidrs.some((text) => {
    const cidr = parseCidr(text);
    return !!cidr && (inCidr(address, cidr.address, cidr.prefix) || (!!ipv4 && inCidr(ipv4, cidr.address, cidr.prefix)));
  });
  return allowed ? null : range;
}

/** The sentence an admin reads when a host is refused. */
export const refusalMessage = (host: string, range: string) =>
  `${host} is ${range}. Tandem calls only public Internet addresses unless the server allows internal ones (OUTBOUND_ALLOW_PRIVATE or OUTBOUND_ALLOW_CIDRS).`;
