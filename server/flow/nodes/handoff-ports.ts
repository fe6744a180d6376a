import { port, type PortDefinition } from "../define-node";

/** The exits of both handoffs: "resolved" may end the chat; "no_agent" must lead somewhere, or a customer nobody takes waits forever. */
export const handoffPorts = (): PortDefinition[] => [
  port("resolved", "Resolved", { required: false }),
  port("no_agent", "No agent", { hint: "for example to a Callback, so nobody waits forever" }),
];
