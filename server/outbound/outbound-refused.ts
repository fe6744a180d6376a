/** An outbound request Tandem would not make (scheme, credentials, or an internal address); the message says why, for the admin. */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefused";
  }
}
