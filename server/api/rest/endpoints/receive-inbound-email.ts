import "server-only";
import { inboundEmailSchema } from "../../../notifications/inbound-email-schema";
import { receiveInboundEmail as receive } from "../../../notifications/receive-inbound-email";
import { endpoint } from "../endpoint";
import { HttpError } from "../rest-error";

/** POST /api/v1/inbound-email — a mail provider posts a customer's answer to a follow-up e-mail (API tokens); 201 added, 200 a retry of one already added. */
export const receiveInboundEmail = endpoint({
  auth: "workspace",
  body: { schema: inboundEmailSchema, maxBytes: 256 * 1024 },
  handle: async ({ runtime, workspaceId, body }) => {
    const result = await receive(runtime, workspaceId, body);
    if (result.outcome === "refused") throw new HttpError(422, "email_not_accepted", result.reason);
    const { outcome, ...answer } = result;
    return Response.json({ ...answer, duplicate: outcome === "duplicate" }, { status: outcome === "added" ? 201 : 200 });
  },
});
