import { parseIpAddress } from "./ip-address";
import { addressRefusal, refusalMessage, type OutboundPolicy } from "./outbound-policy";

const LOOPBACK = parseIpAddress("127.0.0.1")!;

/**
 * What is wrong with `url` as the target of an outbound request, judged on
 * its text alone (pure: the builder runs it too); null when nothing is.
 * http(s) only, no credentials, and no internal address written as the host —
 * `localhost` included. Host names are checked against what they resolve to
 * when the request is made (server/outbound).
 */
export function outboundUrlProblem(url: string, policy: OutboundPolicy): string | null {
  if (!URL.canParse(url)) return "That isn't a full URL: write it out with http:// or https:// and the host, like https://api.example.com/orders.";
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `Only http:// and https:// addresses can be called, not ${parsed.protocol}.`;
  // A password in a URL ends up in logs and delivery records; a header does not.
  if (parsed.username || parsed.password) return "Leave the user name and password out of the URL: send credentials in a header (Authorization) instead.";
  // The URL parser has already turned 0x7f000001, 2130706433, 0177.0.0.1 and 127.1 into 127.0.0.1.
  const address = parseIpAddress(parsed.hostname);
  if (address) {
    const range = addressRefusal(address, policy);
    return range && refusalMessage(parsed.hostname, range);
  }
  const name = parsed.hostname.replace(/\.$/, "").toLowerCase();
  if (name === "localhost" || name.endsWith(".localhost")) {
    const range = addressRefusal(LOOPBACK, policy);
    return range && refusalMessage(parsed.hostname, range);
  }
  return null;
}
