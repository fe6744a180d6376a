import "server-only";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { envOutboundPolicy } from "./env-outbound-policy";

/** The runtime's outbound policy (tests and embedders set one), else the environment's. */
export const outboundPolicyOf = (runtime: { outbound?: OutboundPolicy }): OutboundPolicy => runtime.outbound ?? envOutboundPolicy();
