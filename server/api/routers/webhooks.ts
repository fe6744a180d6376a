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
import { publicApi } from "../rest/public-api";
import { adminProcedure, createTRPCRouter, type TrpcContext } from "../trpc";

/** The process's runtime (clock, log) on this request's database: sending a test or a redelivery goes through the delivery service. */
const runtimeFor = async (ctx: TrpcContext) => ({ ...(await publicApi()).runtime, db: ctx.db });
/** Where receivers may be: the runtime's outbound policy (the environment's unless a test or embedder set one). */
const outbound = async () => outboundPolicyOf((await publicApi()).runtime);

/** Settings → Webhooks: endpoints, their secrets and delivery logs. Admins only. */
export const webhooksRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.db, ctx.viewer.workspaceId)),
  create: adminProcedure
    .input(createWebhookInputSchema)
    .mutation(async ({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input, await outbound())),
  update: adminProcedure
    .input(updateWebhookInputSchema)
    .mutation(async ({ ctx, input }) => updateWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input, await outbound())),
  delete: adminProcedure.input(webhookIdInputSchema).mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.db, ctx.viewer.workspaceId, input)),
  rotateSecret: adminProcedure.input(webhookIdInputSchema).mutation(({ ctx, input }) => rotateWebhookSecret(ctx.db, ctx.viewer.workspaceId, input)),
  deliveries: adminProcedure.input(webhookIdInputSchema).query(({ ctx, input }) => listWebhookDeliveries(ctx.db, ctx.viewer.workspaceId, input)),
  sendTest: adminProcedure
    .input(webhookIdInputSchema)
    .mutation(async ({ ctx, input }) => sendTestWebhook(await runtimeFor(ctx), ctx.viewer.workspaceId, input)),
  redeliver: adminProcedure
    .input(deliveryIdInputSchema)
    .mutation(async ({ ctx, input }) => redeliverWebhook(await runtimeFor(ctx), ctx.viewer.workspaceId, input)),
});
