import "server-only";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { parseIpAddress } from "../flow/address/ip-address";
import { addressRefusal, refusalMessage, type OutboundPolicy } from "../flow/address/outbound-policy";
import { OutboundRefused } from "./outbound-refused";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a host name resolves to (the system resolver, /etc/hosts included); tests pass their own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * The host's addresses, refused when any of them is internal under `policy`:
 * a name that resolves to a public and a private address is not a name to trust.
 */
export async function resolveAllowed(hostname: string, policy: OutboundPolicy, resolve: Resolver): Promise<ResolvedAddress[]> {
  const addresses = await resolve(hostname);
  if (addresses.length === 0) throw Object.assign(new Error(`${hostname} has no addresses`), { code: "ENOTFOUND" });
  for (const { address } of addresses) {
    const ip = parseIpAddress(address);
    const range = ip ? addressRefusal(ip, policy) : "an address Tandem cannot read";
    if (range) throw new OutboundRefused(refusalMessage(`${hostname} (${address})`, range));
  }
  return addresses;
}

/**
 * A `lookup` for net/http connections that checks the addresses it hands
 * back. The socket connects to exactly what was checked, so a name that
 * resolves to a public address when saved and to 127.0.0.1 when called
 * (DNS rebinding) is refused at connect time.
 */
export function guardedLookup(policy: OutboundPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowed(hostname, policy, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
        if (wanted.length === 0) callback(Object.assign(new Error(`${hostname} has no IPv${options.family} address`), { code: "ENOTFOUND" }), "", 0);
        else if (options.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
