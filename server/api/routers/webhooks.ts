import { createWebhookEndpoint } from "../../notifications/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "../../notifications/delete-webhook-endpoint";
import { listWebhookDeliveries } from "../../notifications/list-webhook-deliveries";
import { listWebhookEndpoints } from "../../notifications/list-webhook-endpoints";
import { redeliverWebhook } from "../../notifications/redeliver-webhook";
import { rotateWebhookSecret } from "../../notifications/rotate-webhook-secret";
import { sendTestWebhook } from "../../notifications/send-test-webhook";
import { updateWebhookEndpoint } from "../../notifications/update-webhook-endpoint";
import { createWebhookInputSchema, deliveryIdInputSchema, updateWebhookInputSchema, webhookIdInputSchema } from "../../notifications/webhook-schemas";
import { outboundPolicyOf } from "../../outbound/outbound-policy-of";
import { adminProcedure, adminRuntimeProcedure, createTRPCRouter } from "../trpc";

/** Settings → Webhooks: endpoints, their secrets and delivery logs. Admins only. */
export const webhooksRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.db, ctx.viewer.workspaceId)),
  create: adminRuntimeProcedure
    .input(createWebhookInputSchema)
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input, outboundPolicyOf(ctx.runtime))),
  update: adminRuntimeProcedure
    .input(updateWebhookInputSchema)
    .mutation(({ ctx, input }) => updateWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input, outboundPolicyOf(ctx.runtime))),
  delete: adminProcedure.input(webhookIdInputSchema).mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input)),
  rotateSecret: adminProcedure.input(webhookIdInputSchema).mutation(({ ctx, input }) => rotateWebhookSecret(ctx.db, ctx.viewer.workspaceId, input)),
  deliveries: adminProcedure.input(webhookIdInputSchema).query(({ ctx, input }) => listWebhookDeliveries(ctx.db, ctx.viewer.workspaceId, input)),
  sendTest: adminRuntimeProcedure.input(webhookIdInputSchema).mutation(({ ctx, input }) => sendTestWebhook(ctx.runtime, ctx.viewer.workspaceId, input)),
  redeliver: adminRuntimeProcedure.input(deliveryIdInputSchema).mutation(({ ctx, input }) => redeliverWebhook(ctx.runtime, ctx.viewer.workspaceId, input)),
});
